package th.tambondesk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.common.Texts;

/**
 * After a case: "ยังไม่เรียบร้อย" on a finished case (the resident says what is still wrong, with photos if they
 * like, and it goes back to staff), and withdrawing an open case with a reason. Each is one question; any other
 * button or command ends it without a change.
 */
@Component
class FollowThrough {

    static final int MAX_PHOTOS = 3;
    static final int REASONS = 3;
    private static final String PHOTOS = "reopen";

    private final Cases cases;
    private final Texts texts;
    private final Menus menus;
    private final PendingPhotos photos;
    private final MyCases myCases;

    FollowThrough(Cases cases, Texts texts, Menus menus, PendingPhotos photos, MyCases myCases) {
        this.cases = cases;
        this.texts = texts;
        this.menus = menus;
        this.photos = photos;
        this.myCases = myCases;
    }

    boolean active(Turn turn) {
        return turn.state.reopening != null || turn.state.withdrawing != null;
    }

    /** Handles the taps of this flow; false for any other tap, which ends a question left open. */
    boolean tap(Turn turn, Postback tap) {
        if (tap instanceof Postback.Reopen reopen) {
            drop(turn);
            askReopen(turn, reopen.trackingCode());
        } else if (tap instanceof Postback.Withdraw withdraw && withdraw.reason() == null) {
            drop(turn);
            askWithdraw(turn, withdraw.trackingCode());
        } else if (tap instanceof Postback.Withdraw withdraw) {
            int reason = Objects.requireNonNull(withdraw.reason(), "a tap without a reason is taken above");
            if (withdraw.trackingCode().equals(turn.state.withdrawing) && reason >= 1 && reason <= REASONS) {
                withdraw(turn, texts.get("conversation.withdraw.reason." + reason));
            } else {
                turn.say(texts.get("conversation.follow-through.stale"));
            }
        } else if (tap == Postback.Simple.KEEP_CASE) {
            boolean asked = active(turn);
            drop(turn);
            turn.say(texts.get(asked ? "conversation.follow-through.kept" : "conversation.stale-button"));
            turn.say(menus.main());
        } else {
            drop(turn);
            return false;
        }
        return true;
    }

    /** Text while a question of this flow is open: the reopening note or the reason to withdraw. */
    void text(Turn turn, String text) {
        if (Words.isCancel(text)) {
            drop(turn);
            turn.say(texts.get("conversation.follow-through.kept"));
            turn.say(menus.main());
        } else if (turn.state.withdrawing != null) {
            withdraw(turn, text);
        } else {
            reopen(turn, text);
        }
    }

    /** A photo while a question is open: kept for the reopening; a withdrawal needs none. */
    void photo(Turn turn, Input.Photo photo, Forms forms) {
        if (turn.state.reopening == null) {
            turn.say(texts.get("conversation.withdraw.photo"));
        } else if (photo.problem() != null) {
            turn.say(forms.problem(photo.problem()));
        } else if (turn.state.reopenPhotos >= MAX_PHOTOS) {
            turn.say(texts.get("conversation.reopen.photos-full", MAX_PHOTOS));
        } else {
            photos.save(new PendingPhoto(turn.residentId, PHOTOS, photo.contentType(), photo.bytes(), turn.now));
            turn.state.reopenPhotos++;
            turn.say(texts.get("conversation.reopen.photo-received", turn.state.reopenPhotos));
        }
    }

    /** Ends an open question without a change. */
    void drop(Turn turn) {
        if (turn.state.reopening != null) {
            photos.deleteByResidentIdAndFormId(turn.residentId, PHOTOS);
        }
        turn.state.reopening = null;
        turn.state.reopenPhotos = 0;
        turn.state.withdrawing = null;
    }

    // --- reopening ----------------------------------------------------------------------------------------------

    private void askReopen(Turn turn, String code) {
        if (!cases.mayReopen(channel(turn), turn.resident.key(), code)) {
            Optional<CaseView> open = cases.ofResident(channel(turn), turn.resident.key(), code)
                    .filter(c -> !c.status().closed());
            if (open.isPresent()) {
                // A second tap, or a case staff already took up again.
                turn.say(new Reply.Text(texts.get("conversation.reopen.already-open", open.get().trackingCode(),
                        texts.get(open.get().status().messageKey())), List.of(
                        Choice.tap(texts.get("conversation.mine.detail"), new Postback.MyCase(open.get().trackingCode())))));
                return;
            }
            turn.say(new Reply.Text(texts.get("conversation.reopen.not-possible"), List.of(
                    Choice.tap(texts.get("conversation.menu.services"), Postback.Simple.SERVICES),
                    Choice.tap(texts.get("conversation.menu.mine"), Postback.Simple.MY_CASES))));
            return;
        }
        turn.state.reopening = code;
        turn.say(new Reply.Text(texts.get("conversation.reopen.ask", code, MAX_PHOTOS), List.of(
                new Choice(texts.get("conversation.form.camera"), new Choice.TakePhoto()),
                new Choice(texts.get("conversation.form.gallery"), new Choice.PickPhoto()),
                Choice.tap(texts.get("conversation.reopen.keep"), Postback.Simple.KEEP_CASE))));
    }

    private void reopen(Turn turn, String note) {
        String code = Objects.requireNonNull(turn.state.reopening, "a case being reopened");
        List<OpenCase.Photo> given = photos.findByResidentIdAndFormIdOrderById(turn.residentId, PHOTOS).stream()
                .map(p -> new OpenCase.Photo(p.content(), p.contentType()))
                .toList();
        Optional<CaseView> reopened = cases.reopen(channel(turn), turn.resident.key(), code, note, given);
        drop(turn);
        if (reopened.isEmpty()) {
            turn.say(texts.get("conversation.reopen.not-possible"));
            turn.say(menus.main());
            return;
        }
        turn.say(new Reply.Text(texts.get("conversation.reopen.done", code, reopened.get().serviceName(),
                reopened.get().divisionName()), List.of(
                Choice.tap(texts.get("conversation.mine.detail"), new Postback.MyCase(code)),
                Choice.tap(texts.get("conversation.menu.short"), Postback.Simple.MENU))));
    }

    // --- withdrawing --------------------------------------------------------------------------------------------

    private void askWithdraw(Turn turn, String code) {
        Optional<CaseView> found = cases.ofResident(channel(turn), turn.resident.key(), code)
                .filter(CaseView::cancellable);
        if (found.isEmpty()) {
            turn.say(texts.get("conversation.withdraw.not-possible"));
            myCases.list(turn);
            return;
        }
        turn.state.withdrawing = found.get().trackingCode();
        List<Choice> choices = new ArrayList<>();
        for (int n = 1; n <= REASONS; n++) {
            choices.add(Choice.tap(texts.get("conversation.withdraw.reason." + n),
                    new Postback.Withdraw(found.get().trackingCode(), n)));
        }
        choices.add(Choice.tap(texts.get("conversation.withdraw.keep"), Postback.Simple.KEEP_CASE));
        turn.say(new Reply.Text(texts.get("conversation.withdraw.ask", found.get().trackingCode(),
                found.get().serviceName()), choices));
    }

    private void withdraw(Turn turn, String reason) {
        String code = Objects.requireNonNull(turn.state.withdrawing, "a case being withdrawn");
        drop(turn);
        if (!cases.cancel(channel(turn), turn.resident.key(), code, reason)) {
            turn.say(texts.get("conversation.withdraw.not-possible"));
            turn.say(menus.main());
            return;
        }
        turn.say(new Reply.Text(texts.get("conversation.withdraw.done", code), List.of(
                Choice.tap(texts.get("conversation.menu.mine"), Postback.Simple.MY_CASES),
                Choice.tap(texts.get("conversation.menu.short"), Postback.Simple.MENU))));
    }

    private static CaseChannel channel(Turn turn) {
        return turn.resident.channel() == Channel.LINE ? CaseChannel.LINE : CaseChannel.WEB;
    }
}
