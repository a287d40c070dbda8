package th.tambondesk.conversation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import th.tambondesk.catalog.Sao;
import th.tambondesk.common.PhoneNumber;
import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;

/**
 * Personal data (PDPA): a short notice before the first request, agreed once and recorded with its time;
 * "ข้อมูลส่วนตัว" shows what is kept and lets the resident withdraw.
 */
@Component
class Privacy {

    private final Residents residents;
    private final Conversations conversations;
    private final MyCases myCases;
    private final Texts texts;
    private final Sao sao;

    Privacy(Residents residents, Conversations conversations, MyCases myCases, Texts texts, Sao sao) {
        this.residents = residents;
        this.conversations = conversations;
        this.myCases = myCases;
        this.texts = texts;
        this.sao = sao;
    }

    boolean hasConsented(Turn turn) {
        return residents.findById(turn.residentId).map(Resident::hasConsented).orElse(false);
    }

    void notice(Turn turn) {
        turn.say(new Reply.Buttons(texts.get("conversation.consent.title"),
                texts.get("conversation.consent.text", sao.profile().shortName()),
                List.of(Choice.tap(texts.get("conversation.consent.yes"), Postback.Simple.CONSENT_YES),
                        Choice.tap(texts.get("conversation.consent.no"), Postback.Simple.CONSENT_NO))));
    }

    void accept(Turn turn) {
        Resident resident = residents.findById(turn.residentId).orElseGet(() -> new Resident(turn.residentId, turn.now));
        resident.consent(turn.now);
        residents.save(resident);
    }

    void show(Turn turn) {
        Resident resident = residents.findById(turn.residentId).orElse(null);
        StringBuilder text = new StringBuilder(texts.get("conversation.privacy.kept", sao.profile().shortName()));
        if (resident != null && resident.consentAt() != null) {
            text.append('\n').append(texts.get("conversation.privacy.consent-at",
                    ThaiDates.shortDateTime(resident.consentAt())));
        } else {
            text.append('\n').append(texts.get("conversation.privacy.no-consent"));
        }
        if (resident != null && resident.phone() != null) {
            text.append('\n').append(texts.get("conversation.privacy.phone",
                    PhoneNumber.parse(resident.phone()).map(PhoneNumber::masked).orElse("-")));
        }
        text.append('\n').append(texts.get("conversation.privacy.cases", myCases.count(turn)));
        text.append("\n\n").append(texts.get("conversation.privacy.purpose"));
        List<Choice> choices = new ArrayList<>();
        if (resident != null && resident.phone() != null) {
            choices.add(Choice.tap(texts.get("conversation.privacy.forget-phone"), Postback.Simple.FORGET_PHONE));
        }
        if (resident != null && resident.consentAt() != null) {
            choices.add(Choice.tap(texts.get("conversation.privacy.withdraw"), Postback.Simple.WITHDRAW));
        }
        choices.add(Choice.tap(texts.get("conversation.menu.short"), Postback.Simple.MENU));
        turn.say(new Reply.Buttons(texts.get("conversation.privacy.title"), text.toString(), choices));
    }

    void forgetPhone(Turn turn) {
        residents.findById(turn.residentId).ifPresent(r -> {
            r.rememberPhone(null);
            residents.save(r);
        });
        turn.say(Reply.Text.of(texts.get("conversation.privacy.phone-forgotten")));
    }

    void askWithdraw(Turn turn) {
        turn.say(new Reply.Buttons(texts.get("conversation.privacy.withdraw"),
                texts.get("conversation.privacy.withdraw-question"),
                List.of(Choice.tap(texts.get("conversation.privacy.withdraw-yes"), Postback.Simple.WITHDRAW_CONFIRMED),
                        Choice.tap(texts.get("conversation.privacy.withdraw-no"), Postback.Simple.MENU))));
    }

    /** Forgets the consent, the remembered phone, the dialogue state and any unconfirmed photos. */
    void withdraw(Turn turn) {
        residents.findById(turn.residentId).ifPresent(residents::delete);
        conversations.forget(turn.residentId);
        turn.state.form = null;
        turn.state.pending = null;
        turn.state.unmatchedText = null;
        turn.state.lastFinished = null;
        turn.say(Reply.Text.of(texts.get("conversation.privacy.withdrawn")));
    }
}
