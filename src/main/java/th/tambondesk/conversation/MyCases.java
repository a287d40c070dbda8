package th.tambondesk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.LinkResult;
import th.tambondesk.cases.Requester;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.common.ChatCommands;
import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;

/**
 * "เรื่องของฉัน": the resident's own cases with status and due date, and one case in detail; rating a finished case,
 * and linking a walk-in case to the chat by the code on its receipt.
 */
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
                            ? texts.get("conversation.mine.closed", ThaiDates.shortDate(
                                    ThaiDates.toDate(Objects.requireNonNull(c.closedAt(), "a closed case"))))
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

    // --- after the case: rating, and linking a walk-in case -------------------------------------------------------

    /**
     * "เชื่อมเรื่อง K7QM3XDA2P", as the QR code of a walk-in receipt pre-fills it, or the code alone (10 characters;
     * receipts printed before 5 Dec 2026 carry 8, valid for 30 days).
     */
    private static final String CODE_CHAR = "[23456789A-HJ-NP-TV-Za-hj-np-tv-z]";
    private static final Pattern LINK = Pattern.compile(
            "(?:" + ChatCommands.LINK + "\\s*)?(" + CODE_CHAR + "{10}|" + CODE_CHAR + "{8})");

    /** The link code a text gives, when it is one: with the command, or a code alone that has a digit. */
    static Optional<String> linkCode(String text) {
        Matcher link = LINK.matcher(text.strip());
        return link.matches() && (text.contains(ChatCommands.LINK) || link.group(1).matches(".*\\d.*"))
                ? Optional.of(link.group(1)) : Optional.empty();
    }

    /** Stars for a finished case; a comment may follow as the next message. */
    void rate(Turn turn, Postback.Rate rate) {
        if (!cases.rate(channel(turn), turn.resident.key(), rate.trackingCode(), rate.stars())) {
            turn.say(texts.get("conversation.rating.not-possible"));
            return;
        }
        turn.state.ratedCase = rate.trackingCode();
        turn.say(new Reply.Text(texts.get("conversation.rating.thanks", rate.stars()), List.of(
                Choice.tap(texts.get("conversation.form.skip"), Postback.Simple.MENU))));
    }

    /** The words that followed the stars. */
    void comment(Turn turn, String trackingCode, String text) {
        cases.comment(channel(turn), turn.resident.key(), trackingCode, text);
        turn.say(texts.get("conversation.rating.comment-thanks"));
    }

    /** Links a walk-in case to whoever sends its code. */
    void link(Turn turn, String code) {
        LinkResult result = cases.link(code, new Requester(channel(turn), turn.resident.key(), turn.pseudonym));
        switch (result.outcome()) {
            case LINKED -> {
                CaseView linked = Objects.requireNonNull(result.linked(), "a linked case");
                turn.say(texts.get("conversation.link.done", linked.trackingCode(), linked.serviceName()));
                detail(turn, result.linked().trackingCode());
            }
            case UNKNOWN -> {
                turn.say(texts.get("conversation.link.unknown"));
                turn.say(menus.main());
            }
            case TOO_MANY_TRIES -> {
                turn.say(texts.get("conversation.link.too-many"));
                turn.say(menus.main());
            }
        }
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
