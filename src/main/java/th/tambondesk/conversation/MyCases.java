package th.tambondesk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;

/** "เรื่องของฉัน": the resident's own cases with status and due date, and one case in detail. */
@Component
class MyCases {

    private final Cases cases;
    private final Texts texts;
    private final Catalog catalog;
    private final Menus menus;

    MyCases(Cases cases, Texts texts, Catalog catalog, Menus menus) {
        this.catalog = catalog;
        this.menus = menus;
        this.cases = cases;
        this.texts = texts;
    }

    void list(Turn turn) {
        List<CaseView> mine = cases.ofResident(channel(turn), turn.resident.key());
        if (mine.isEmpty()) {
            turn.say(new Reply.Text(texts.get("conversation.mine.empty"),
                    List.of(Choice.tap(texts.get("conversation.menu.services"), Postback.Simple.SERVICES))));
            return;
        }
        List<Card> cards = new ArrayList<>();
        for (CaseView c : mine) {
            cards.add(new Card(c.serviceName(), List.of(
                    c.following() ? texts.get("conversation.mine.following.short", c.trackingCode())
                            : texts.get("conversation.mine.code", c.trackingCode()),
                    texts.get("conversation.mine.status", texts.get(c.status().messageKey())),
                    c.status().closed()
                            ? texts.get("conversation.mine.closed", ThaiDates.shortDate(ThaiDates.toDate(c.closedAt())))
                            : due(c, ThaiDates.shortDate(c.dueDate()))),
                    List.of(Choice.tap(texts.get("conversation.mine.detail"), new Postback.MyCase(c.trackingCode())))));
        }
        turn.say(new Reply.Cards(texts.get("conversation.mine.summary", mine.size()), cards));
    }

    /** Shows one case if it is the resident's; says so politely otherwise. */
    void detail(Turn turn, String trackingCode) {
        Optional<CaseView> found = cases.ofResident(channel(turn), turn.resident.key(), trackingCode);
        if (found.isEmpty()) {
            turn.say(new Reply.Text(texts.get("conversation.mine.not-found", trackingCode),
                    List.of(Choice.tap(texts.get("conversation.menu.mine"), Postback.Simple.MY_CASES))));
            return;
        }
        CaseView c = found.get();
        StringBuilder text = new StringBuilder();
        text.append(texts.get("conversation.mine.detail.head", c.trackingCode(), c.serviceName())).append('\n');
        if (c.following()) {
            text.append(texts.get("conversation.mine.following", c.reporters())).append('\n');
        } else if (c.reporters() > 1) {
            text.append(texts.get("conversation.mine.joined-by", c.reporters() - 1)).append('\n');
        }
        text.append(texts.get("conversation.mine.status", texts.get(c.status().messageKey()))).append('\n');
        text.append(texts.get("conversation.mine.opened", ThaiDates.shortDateTime(c.createdAt()))).append('\n');
        if (!c.status().closed()) {
            text.append(due(c, ThaiDates.longDate(c.dueDate()))).append('\n');
        }
        text.append(texts.get("conversation.mine.division", c.divisionName()));
        for (var detail : c.details()) {
            text.append('\n').append(detail.label()).append(": ").append(detail.value());
        }
        if (c.photos() > 0) {
            text.append('\n').append(texts.get("conversation.summary.photos", c.photos()));
        }
        text.append("\n\n").append(texts.get("conversation.mine.timeline"));
        for (CaseView.TimelineEntry entry : c.timeline()) {
            text.append("\n• ").append(ThaiDates.shortDateTime(entry.at())).append(' ')
                    .append(entry.status() == null ? "" : texts.get(entry.status().messageKey()));
            if (entry.note() != null && !entry.note().isBlank()) {
                text.append(": ").append(entry.note());
            }
        }
        List<Choice> choices = new ArrayList<>();
        if (c.reopenable()) {
            choices.add(Choice.tap(texts.get("conversation.reopen.button"), new Postback.Reopen(c.trackingCode())));
        }
        if (c.cancellable()) {
            choices.add(Choice.tap(texts.get("conversation.withdraw.button"), new Postback.Withdraw(c.trackingCode(), null)));
        }
        choices.add(Choice.tap(texts.get("conversation.mine.all"), Postback.Simple.MY_CASES));
        choices.add(Choice.tap(texts.get("conversation.menu.short"), Postback.Simple.MENU));
        turn.say(new Reply.Text(text.toString(), choices));
    }

    long count(Turn turn) {
        return cases.countOfResident(channel(turn), turn.resident.key());
    }

    private static CaseChannel channel(Turn turn) {
        return turn.resident.channel() == Channel.LINE ? CaseChannel.LINE : CaseChannel.WEB;
    }

    /** The due date where the service promises one; otherwise what its time is, as at the confirmation. */
    private String due(CaseView c, String date) {
        return catalog.service(c.serviceCode())
                .filter(service -> !Menus.promisesDate(service))
                .map(service -> menus.timeLine("conversation.mine.time", service.standardTime()))
                .orElseGet(() -> texts.get("conversation.mine.due", date));
    }
}
