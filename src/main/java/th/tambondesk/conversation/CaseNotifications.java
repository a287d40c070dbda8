package th.tambondesk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseStatus;
import th.tambondesk.cases.CaseStatusChanged;
import th.tambondesk.cases.Requester;
import th.tambondesk.cases.StaffReplied;
import th.tambondesk.common.Texts;

/**
 * Tells residents what staff did with their case: each status change and each reply, in the resident's channel.
 * On completion it asks for a rating of 1–5, or "ยังไม่เรียบร้อย" to reopen it. Residents who joined the case hear
 * its status changes only. Runs after the staff's transaction commits, from Spring Modulith's
 * event publication registry, so a crash in between only delays the message.
 */
@Component
class CaseNotifications {

    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final Pseudonyms pseudonyms;
    private final java.time.Clock clock;

    CaseNotifications(Texts texts, ApplicationEventPublisher events, Pseudonyms pseudonyms, java.time.Clock clock) {
        this.pseudonyms = pseudonyms;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged change) {
        ResidentRef resident = resident(change.residentChannel(), change.residentKey());
        if (resident != null) {
            notify(resident, "case-event:" + change.eventId(), List.of(toRequester(change)));
        }
        // Those who joined hear the status, never staff's replies; each gets a key of their own.
        for (int i = 0; i < change.followers().size(); i++) {
            Requester follower = change.followers().get(i);
            ResidentRef ref = resident(follower.channel(), follower.key());
            if (ref != null) {
                notify(ref, "case-event:" + change.eventId() + ":f" + i, List.of(toFollower(change)));
            }
        }
    }

    private Reply toRequester(CaseStatusChanged change) {
        if (change.status() == CaseStatus.MERGED) {
            return new Reply.Text(texts.get("conversation.notify.merged", change.trackingCode(), change.serviceName(),
                    change.note()), List.of(Choice.tap(texts.get("conversation.mine.detail"),
                    new Postback.MyCase(Objects.requireNonNull(change.note(), "the merged case's code")))));
        }
        StringBuilder text = new StringBuilder(texts.get("conversation.notify.status", change.trackingCode(),
                change.serviceName(), texts.get(change.status().messageKey())));
        if (change.note() != null) {
            text.append('\n').append(texts.get("conversation.notify.note", change.note()));
        }
        if (change.status() == CaseStatus.DONE) {
            text.append("\n\n").append(texts.get("conversation.notify.rate"));
            List<Choice> choices = new ArrayList<>();
            for (int n = 5; n >= 1; n--) {
                choices.add(Choice.tap(texts.get("conversation.rating.label", n),
                        new Postback.Rate(change.trackingCode(), n)));
            }
            choices.add(Choice.tap(texts.get("conversation.reopen.button"), new Postback.Reopen(change.trackingCode())));
            return new Reply.Text(text.toString(), choices);
        }
        return new Reply.Text(text.toString(), List.of(
                Choice.tap(texts.get("conversation.mine.detail"), new Postback.MyCase(change.trackingCode()))));
    }

    private Reply toFollower(CaseStatusChanged change) {
        // A merged case's followers now follow the case it went into: its code is the note.
        String code = change.status() == CaseStatus.MERGED
                ? Objects.requireNonNull(change.note(), "the merged case's code") : change.trackingCode();
        StringBuilder text = new StringBuilder(texts.get("conversation.notify.following", change.serviceName(),
                texts.get(change.status() == CaseStatus.MERGED ? CaseStatus.IN_PROGRESS.messageKey()
                        : change.status().messageKey())));
        if (change.note() != null && change.status() != CaseStatus.MERGED) {
            text.append('\n').append(texts.get("conversation.notify.note", change.note()));
        }
        List<Choice> choices = new ArrayList<>();
        if (change.status() == CaseStatus.DONE) {
            text.append("\n\n").append(texts.get("conversation.notify.following.done"));
            choices.add(Choice.tap(texts.get("conversation.reopen.button"), new Postback.Reopen(code)));
        }
        choices.add(Choice.tap(texts.get("conversation.mine.detail"), new Postback.MyCase(code)));
        return new Reply.Text(text.toString(), choices);
    }

    @ApplicationModuleListener
    void on(StaffReplied reply) {
        ResidentRef resident = resident(reply.residentChannel(), reply.residentKey());
        if (resident == null) {
            return;
        }
        notify(resident, "case-event:" + reply.eventId(), List.of(new Reply.Text(
                texts.get("conversation.notify.reply", reply.trackingCode(), reply.serviceName(), reply.text()),
                List.of(Choice.tap(texts.get("conversation.mine.detail"), new Postback.MyCase(reply.trackingCode()))))));
    }

    private void notify(ResidentRef resident, String id, List<Reply> replies) {
        events.publishEvent(new ResidentNotification(id, resident, replies));
        events.publishEvent(new ResidentInteracted(resident.channel(), pseudonyms.of(resident),
                ResidentInteracted.Direction.OUT, InteractionKind.NOTIFICATION, clock.instant()));
    }

    /** Walk-ins not linked to LINE have no channel to be told on. */
    private static @Nullable ResidentRef resident(@Nullable CaseChannel channel, @Nullable String key) {
        if (channel == null || key == null) {
            return null;
        }
        return switch (channel) {
            case LINE -> new ResidentRef(Channel.LINE, key);
            case WEB -> new ResidentRef(Channel.WEB, key);
            default -> null;
        };
    }
}
