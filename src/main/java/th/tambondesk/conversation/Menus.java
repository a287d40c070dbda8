package th.tambondesk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.CategoryView;
import th.tambondesk.catalog.Faq;
import th.tambondesk.catalog.FaqView;
import th.tambondesk.catalog.Sao;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.catalog.StandardTime;
import th.tambondesk.catalog.Step;
import th.tambondesk.common.Texts;

/** The menus residents browse: the main menu, the e-service catalogue, a service's manual, and the FAQ. */
@Component
class Menus {

    /** Questions per page of the FAQ menu: nine and a button to the next page fill a LINE bubble. */
    static final int FAQ_PAGE = 9;

    private final Texts texts;
    private final Sao sao;
    private final Catalog catalog;
    private final Faq faq;

    Menus(Texts texts, Sao sao, Catalog catalog, Faq faq) {
        this.texts = texts;
        this.sao = sao;
        this.catalog = catalog;
        this.faq = faq;
    }

    Reply main() {
        return new Reply.Buttons(
                texts.get("conversation.menu.title"),
                texts.get("conversation.menu.text", sao.profile().shortName()),
                List.of(
                        Choice.tap(texts.get("conversation.menu.services"), Postback.Simple.SERVICES),
                        Choice.tap(texts.get("conversation.menu.complaint"), Postback.Simple.COMPLAINT),
                        Choice.tap(texts.get("conversation.menu.mine"), Postback.Simple.MY_CASES),
                        Choice.tap(texts.get("conversation.menu.integrity"), Postback.Simple.INTEGRITY),
                        Choice.tap(texts.get("conversation.menu.contact"), Postback.Simple.CONTACT)));
    }

    Reply categories() {
        List<CategoryView> categories = catalog.categories();
        int services = categories.stream().mapToInt(CategoryView::serviceCount).sum();
        List<Choice> choices = categories.stream()
                .map(c -> Choice.tap(texts.get("conversation.services.category", c.name(), c.serviceCount()),
                        new Postback.Category(c.code(), 1)))
                .toList();
        return new Reply.Buttons(texts.get("conversation.services.title"),
                texts.get("conversation.services.text", sao.profile().shortName(), services), choices);
    }

    /** One page of a category's services as cards; a last card leads to the next page. */
    List<Reply> category(String code, int page) {
        CategoryView category = catalog.category(code).orElse(null);
        if (category == null) {
            return List.of(Reply.Text.of(texts.get("conversation.services.gone")), categories());
        }
        List<ServiceView> services = catalog.services(code);
        int pageSize = catalog.pageSize();
        int from = Math.max(0, (page - 1) * pageSize);
        List<Card> cards = new ArrayList<>();
        for (ServiceView service : services.subList(Math.min(from, services.size()),
                Math.min(services.size(), from + pageSize))) {
            List<String> lines = new ArrayList<>();
            if (emergencyRelated(service)) {
                lines.add(texts.get("conversation.card.emergency"));
            }
            lines.add(timeLine("conversation.card.time", service.standardTime()));
            lines.add(texts.get("conversation.card.division", service.division().name()));
            cards.add(new Card(service.name(), lines,
                    List.of(Choice.tap(texts.get("conversation.card.request"), new Postback.Request(service.code())),
                            Choice.tap(texts.get("conversation.card.info"), new Postback.Info(service.code())))));
        }
        int rest = services.size() - (from + pageSize);
        if (rest > 0) {
            cards.add(new Card(texts.get("conversation.card.more", rest), List.of(),
                    List.of(Choice.tap(texts.get("conversation.card.next-page"), new Postback.Category(code, page + 1)))));
        }
        return List.of(new Reply.Cards(texts.get("conversation.services.category-summary", category.name()), cards));
    }

    /** The service manual entry (ITA O11): who may ask, documents, steps with times, total time, division. */
    Reply info(ServiceView service) {
        StringBuilder text = new StringBuilder();
        text.append("📋 ").append(service.name()).append('\n').append(service.description()).append("\n\n");
        if (emergencyRelated(service)) {
            text.append(texts.get("conversation.card.emergency")).append("\n\n");
        }
        text.append(texts.get("conversation.info.who")).append('\n').append(service.whoMayAsk()).append("\n\n");
        text.append(texts.get("conversation.info.documents")).append('\n');
        service.documents().forEach(d -> text.append("• ").append(d).append('\n'));
        text.append('\n').append(texts.get("conversation.info.steps")).append('\n');
        int n = 1;
        for (Step step : service.steps()) {
            text.append(n++).append(". ").append(step.text());
            if (step.time() != null && !step.time().isBlank()) {
                text.append(" (").append(step.time()).append(')');
            }
            text.append('\n');
        }
        text.append('\n').append(timeLine("conversation.info.total", service.standardTime()));
        if (service.fee() != null) {
            text.append('\n').append(texts.get(service.feeVerified() ? "conversation.info.fee"
                    : "conversation.info.fee-unconfirmed", service.fee()));
        }
        text.append('\n').append(texts.get("conversation.info.division", service.division().name()));
        if (service.complaintChannel() != null) {
            text.append("\n\n").append(texts.get("conversation.info.complaint", service.complaintChannel()));
        }
        return new Reply.Text(text.toString(), List.of(
                Choice.tap(texts.get("conversation.card.request"), new Postback.Request(service.code())),
                Choice.tap(texts.get("conversation.info.other"), Postback.Simple.SERVICES)));
    }


    /**
     * Whether residents are shown a due date: only for a known standard time that runs from the request itself. A
     * service without one says that staff will tell; one that needs documents filed in person shows its time and
     * when it starts, because no date can be counted before the documents are in.
     */
    static boolean promisesDate(ServiceView service) {
        return service.standardTime().known() && !service.needsDocuments();
    }

    /** A service for harm that may still be happening (fire, flood …): its card first gives the numbers to call. */
    static boolean emergencyRelated(ServiceView service) {
        return Referrals.isEmergency(service.name() + " " + service.description());
    }

    /**
     * A line that gives a service's time under {@code key} ("⏱ ระยะเวลา: 45 วัน"), or for an unknown time the
     * promise that staff will tell, on its own ("⏱ ระยะเวลา: เจ้าหน้าที่จะแจ้งระยะเวลาให้ทราบ" says time twice).
     */
    String timeLine(String key, StandardTime time) {
        return time.known() ? texts.get(key, timeText(time)) : texts.get("conversation.time.unknown-line");
    }

    String timeText(StandardTime time) {
        if (!time.known()) {
            return texts.get("conversation.time.unknown");
        }
        return time.basis() == StandardTime.Basis.UNVERIFIED
                ? texts.get("conversation.time.approximate", time.label())
                : Objects.requireNonNull(time.label(), "a known time has its label");
    }

    /** "แจ้งเรื่อง/ร้องเรียน": the complaint topics, any other matter, and the separate corruption channel. */
    Reply complaints() {
        List<Choice> choices = new ArrayList<>();
        catalog.services("complaints").forEach(s -> choices.add(Choice.tap(s.name(), new Postback.Request(s.code()))));
        catalog.service("general").ifPresent(s -> choices.add(Choice.tap(s.name(), new Postback.Request(s.code()))));
        choices.add(Choice.tap(texts.get("conversation.menu.integrity"), Postback.Simple.INTEGRITY));
        return new Reply.Buttons(texts.get("conversation.complaints.title"), texts.get("conversation.complaints.text"),
                choices);
    }

    Reply faqMenu() {
        return faqMenu(1);
    }

    /** The questions, {@value #FAQ_PAGE} to a page, with a button to the next page when there are more. */
    Reply faqMenu(int page) {
        List<FaqView> questions = faq.available();
        if (questions.isEmpty()) {
            return Reply.Text.of(texts.get("conversation.faq.none"));
        }
        int pages = (questions.size() + FAQ_PAGE - 1) / FAQ_PAGE;
        int from = (Math.min(Math.max(page, 1), pages) - 1) * FAQ_PAGE;
        List<Choice> choices = new ArrayList<>();
        questions.subList(from, Math.min(questions.size(), from + FAQ_PAGE))
                .forEach(q -> choices.add(Choice.tap(q.question(), new Postback.Faq(q.code()))));
        if (from + FAQ_PAGE < questions.size()) {
            choices.add(Choice.tap(texts.get("conversation.faq.next"), new Postback.ContactPage(from / FAQ_PAGE + 2)));
        }
        return new Reply.Buttons(texts.get("conversation.faq.title", sao.profile().shortName()),
                texts.get("conversation.faq.text"), choices);
    }

    Reply faqAnswer(FaqView answer) {
        String text = answer.verified() ? answer.answer()
                : answer.answer() + "\n\n" + texts.get("conversation.faq.unconfirmed");
        return new Reply.Text(text, List.of(
                Choice.tap(texts.get("conversation.faq.more"), Postback.Simple.CONTACT),
                Choice.tap(texts.get("conversation.menu.short"), Postback.Simple.MENU)));
    }
}
