package th.tambondesk.conversation;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import th.tambondesk.cases.Cases;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.Faq;
import th.tambondesk.catalog.Sao;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.ChatCommands;
import th.tambondesk.common.Texts;
import th.tambondesk.integrity.IntegrityReports;

/**
 * Decides what a message means. Global commands (menu, services, my cases, privacy, a tracking code) work at any
 * time; while a form is open everything else goes to the form; otherwise text is matched against the catalogue and
 * the FAQ, and text that matches nothing gets the menu and an offer to send it as a general request.
 */
@Component
class Router {

    private final Texts texts;
    private final Sao sao;
    private final Catalog catalog;
    private final Faq faq;
    private final Menus menus;
    private final Forms forms;
    private final MyCases myCases;
    private final Privacy privacy;
    private final IntegrityFlow integrity;
    private final FollowThrough followThrough;

    Router(Texts texts, Sao sao, Catalog catalog, Faq faq, Menus menus, Forms forms, MyCases myCases,
           Privacy privacy, IntegrityFlow integrity, FollowThrough followThrough) {
        this.followThrough = followThrough;
        this.texts = texts;
        this.sao = sao;
        this.catalog = catalog;
        this.faq = faq;
        this.menus = menus;
        this.forms = forms;
        this.myCases = myCases;
        this.privacy = privacy;
        this.integrity = integrity;
    }

    void route(Turn turn, Input input) {
        integrity.endFollowUpUnlessContinued(turn, input);
        if (turn.timedOutService != null) {
            turn.say(texts.get("conversation.timeout", serviceName(turn.timedOutService)));
        }
        if (turn.integrityTimedOut) {
            turn.say(texts.get("conversation.integrity.timeout"));
        }
        if (input instanceof Input.Followed followed) {
            greet(turn, followed.unblocked());
        } else if (input instanceof Input.Unfollowed) {
            turn.state.form = null;
            turn.state.pending = null;
        } else if (input instanceof Input.Tap tap) {
            tap(turn, tap);
        } else if (input instanceof Input.Text text) {
            text(turn, text.text() == null ? "" : text.text().strip());
        } else if (integrity.active(turn)) {
            integrity.handle(turn, input);
        } else if (followThrough.active(turn) && input instanceof Input.Photo photo) {
            followThrough.photo(turn, photo, forms);
        } else if (input instanceof Input.Unsupported unsupported) {
            unsupported(turn, unsupported.kind());
        } else if (turn.state.form != null) {
            forms.handle(turn, input);
        } else if (input instanceof Input.Photo photo) {
            turn.say(photo.problem() == null ? texts.get("conversation.photo.outside") : forms.problem(photo.problem()));
            turn.say(menus.main());
        } else {
            turn.say(texts.get("conversation.location.outside"));
            turn.say(menus.main());
        }
    }

    /** The greeting and menu for someone who has not said anything yet. */
    List<Reply> welcome() {
        return List.of(
                Reply.Text.of(texts.get("conversation.greeting", sao.profile().name())),
                Reply.Text.of(texts.get("conversation.privacy", sao.profile().shortName())),
                menus.main());
    }

    private void greet(Turn turn, boolean unblocked) {
        if (unblocked) {
            turn.say(texts.get("conversation.greeting.back", sao.profile().name()));
            turn.say(menus.main());
        } else {
            turn.replies.addAll(welcome());
        }
    }

    // --- taps -----------------------------------------------------------------------------------------------------

    private void tap(Turn turn, Input.Tap tap) {
        Postback postback = Postback.parse(tap.data());
        if (postback instanceof Postback.Form form) {
            formTap(turn, form, tap.value());
            return;
        }
        if (postback instanceof Postback.Integrity integrityTap) {
            integrity.tap(turn, integrityTap.action());
            return;
        }
        turn.state.ratedCase = null;
        if (followThrough.tap(turn, postback)) {
            return;
        }
        if (postback instanceof Postback.Rate rate) {
            myCases.rate(turn, rate);
            return;
        }
        if (postback instanceof Postback.Simple simple) {
            if (!simple(turn, simple)) {
                return;
            }
        } else if (postback instanceof Postback.ContactPage page) {
            turn.say(menus.faqMenu(page.page()));
        } else if (postback instanceof Postback.Category category) {
            turn.replies.addAll(menus.category(category.code(), category.page()));
        } else if (postback instanceof Postback.Info info) {
            Optional<ServiceView> service = catalog.service(info.service());
            if (service.isPresent()) {
                turn.say(menus.info(service.get()));
            } else {
                turn.say(texts.get("conversation.services.gone"));
                turn.say(menus.categories());
            }
        } else if (postback instanceof Postback.Request request) {
            request(turn, request.service(), null);
            return;
        } else if (postback instanceof Postback.MyCase myCase) {
            myCases.detail(turn, myCase.trackingCode());
        } else if (postback instanceof Postback.Faq faqTap) {
            Optional<th.tambondesk.catalog.FaqView> answer = faq.get(faqTap.code());
            turn.say(answer.isPresent() ? menus.faqAnswer(answer.get()) : menus.faqMenu());
        } else {
            turn.say(texts.get("conversation.unknown-button"));
            turn.say(menus.main());
        }
        remindOpenForm(turn);
    }

    /** The buttons that carry nothing else; false when the open form needs no reminder afterwards. */
    private boolean simple(Turn turn, Postback.Simple tap) {
        switch (tap) {
            case MENU -> turn.say(menus.main());
            case SERVICES -> turn.say(menus.categories());
            case MY_CASES -> myCases.list(turn);
            case CONTACT -> turn.say(menus.faqMenu());
            case COMPLAINT -> turn.say(menus.complaints());
            case INTEGRITY -> integrity.intro(turn);
            case PRIVACY -> privacy.show(turn);
            case CONSENT_YES -> {
                consented(turn);
                return false;
            }
            case CONSENT_NO -> {
                turn.state.pending = null;
                turn.say(texts.get("conversation.consent.declined", sao.profile().shortName()));
                turn.say(menus.main());
            }
            case FORGET_PHONE -> privacy.forgetPhone(turn);
            case WITHDRAW -> privacy.askWithdraw(turn);
            case WITHDRAW_CONFIRMED -> {
                privacy.withdraw(turn);
                return false;
            }
            case GENERAL_FROM_TEXT -> {
                String text = turn.state.unmatchedText;
                turn.state.unmatchedText = null;
                request(turn, "general", text);
                return false;
            }
            // Handled by the follow-through flow before this.
            case KEEP_CASE -> turn.say(menus.main());
        }
        return true;
    }

    /** A tap on a form button: valid only for the form that is open now. */
    private void formTap(Turn turn, Postback.Form tap, @Nullable String value) {
        State.Form form = turn.state.form;
        if (form != null && form.id.equals(tap.formId())) {
            forms.tap(turn, tap.action(), value);
            return;
        }
        State.Finished finished = turn.state.lastFinished;
        if (finished != null && finished.formId().equals(tap.formId())) {
            turn.say(texts.get("conversation.already-confirmed", finished.trackingCode()));
        } else {
            turn.say(texts.get("conversation.stale-button"));
        }
        if (form != null) {
            forms.askAgain(turn);
        } else {
            turn.say(menus.main());
        }
    }

    // --- text -----------------------------------------------------------------------------------------------------

    private void text(Turn turn, String text) {
        if (text.isEmpty()) {
            turn.say(menus.main());
            return;
        }
        if (!integrity.active(turn) && Referrals.isEmergency(text)) {
            // Before anything else, a form included: the numbers to call. What the text asks for is still handled.
            turn.urgent = emergencyNumbers();
        }
        if (followThrough.active(turn) && Words.isCancel(text)) {
            followThrough.text(turn, text);
            return;
        }
        if (Words.isCancel(text)) {
            if (turn.state.form != null) {
                forms.cancel(turn);
            } else {
                turn.state.pending = null;
                turn.say(texts.get("conversation.nothing-to-cancel"));
                turn.say(menus.main());
            }
            return;
        }
        if (globalCommand(turn, text)) {
            followThrough.drop(turn);
            remindOpenForm(turn);
            return;
        }
        if (followThrough.active(turn)) {
            followThrough.text(turn, text);
            return;
        }
        if (integrity.active(turn)) {
            integrity.handle(turn, new Input.Text(text));
            return;
        }
        if (turn.state.form != null) {
            forms.handle(turn, new Input.Text(text));
            return;
        }
        if (turn.state.ratedCase != null) {
            String rated = turn.state.ratedCase;
            turn.state.ratedCase = null;
            if (!Words.isSkip(text) && !globalCommand(turn, text)) {
                myCases.comment(turn, rated, text);
            }
            return;
        }
        if (IntegrityReports.looksLikeReceiptCode(text)) {
            integrity.follow(turn, text);
            return;
        }
        Optional<String> linkCode = MyCases.linkCode(text);
        if (linkCode.isPresent()) {
            myCases.link(turn, linkCode.get());
            return;
        }
        if (Cases.looksLikeTrackingCode(text)) {
            myCases.detail(turn, text);
            return;
        }
        Optional<String> requested = ChatCommands.requestedService(text);
        if (requested.isPresent()) {
            requestByName(turn, requested.get());
            return;
        }
        Optional<Referrals.Elsewhere> elsewhere = Referrals.elsewhere(text);
        if (elsewhere.isPresent() && catalog.match(Referrals.withoutReferralWords(text)).isEmpty()) {
            refer(turn, elsewhere.get(), text);
            return;
        }
        Optional<Catalog.Match> service = catalog.match(text);
        Optional<Faq.Match> question = faq.match(text);
        int serviceScore = service.map(Catalog.Match::score).orElse(0);
        int questionScore = question.map(Faq.Match::score).orElse(0);
        if (questionScore > 0 && (questionScore > serviceScore || (questionScore == serviceScore && isQuestion(text)))) {
            turn.say(menus.faqAnswer(question.get().faq()));
        } else if (service.isPresent()) {
            request(turn, service.get().service().code(), text);
        } else if (Words.isGreeting(text)) {
            turn.say(texts.get("conversation.hello"));
            turn.say(menus.main());
        } else {
            turn.state.unmatchedText = text.length() > 5000 ? text.substring(0, 5000) : text;
            turn.say(new Reply.Buttons(texts.get("conversation.unmatched.title"),
                    texts.get("conversation.unmatched.text", sao.profile().shortName()),
                    List.of(Choice.tap(texts.get("conversation.unmatched.send"), Postback.Simple.GENERAL_FROM_TEXT),
                            Choice.tap(texts.get("conversation.menu.services"), Postback.Simple.SERVICES),
                            Choice.tap(texts.get("conversation.menu.contact"), Postback.Simple.CONTACT))));
        }
    }

    private Reply emergencyNumbers() {
        StringBuilder text = new StringBuilder(texts.get("conversation.emergency"));
        sao.profile().phone().ifPresent(phone -> text.append('\n')
                .append(texts.get("conversation.emergency.sao", sao.profile().shortName(), phone)));
        return Reply.Text.of(text.toString());
    }

    /** A matter of another agency that shares words with an SAO service: who to call, and what the SAO can do. */
    private void refer(Turn turn, Referrals.Elsewhere elsewhere, String text) {
        turn.state.unmatchedText = text.length() > 5000 ? text.substring(0, 5000) : text;
        String shortName = sao.profile().shortName();
        if (elsewhere == Referrals.Elsewhere.ELECTRICITY) {
            turn.say(new Reply.Buttons(texts.get("conversation.refer.electricity.title"),
                    texts.get("conversation.refer.electricity.text", shortName),
                    offer(true, List.of("street-light"), List.of("conversation.refer.street-light"))));
        } else {
            turn.say(new Reply.Buttons(texts.get("conversation.refer.water.title"),
                    texts.get("conversation.refer.water.text", shortName),
                    offer(catalog.service("village-water").isEmpty(), List.of("village-water", "water-truck"),
                            List.of("conversation.refer.village-water", "conversation.refer.water-truck"))));
        }
    }

    /** Sending the text to the SAO as a general matter if asked, and the SAO's own services that the catalogue has. */
    private List<Choice> offer(boolean send, List<String> services, List<String> labels) {
        List<Choice> choices = new java.util.ArrayList<>();
        if (send) {
            choices.add(Choice.tap(texts.get("conversation.refer.send"), Postback.Simple.GENERAL_FROM_TEXT));
        }
        for (int i = 0; i < services.size(); i++) {
            if (catalog.service(services.get(i)).isPresent()) {
                choices.add(Choice.tap(texts.get(labels.get(i)), new Postback.Request(services.get(i))));
            }
        }
        return choices;
    }

    /** Commands that work at any time, typed or from the rich menu. */
    private boolean globalCommand(Turn turn, String text) {
        if (Words.isMenu(text)) {
            turn.say(menus.main());
        } else if (Words.isServices(text)) {
            turn.say(menus.categories());
        } else if (Words.isMyCases(text)) {
            myCases.list(turn);
        } else if (Words.isPrivacy(text)) {
            privacy.show(turn);
        } else if (Words.isContact(text)) {
            turn.say(menus.faqMenu());
        } else if (Words.isIntegrity(text)) {
            integrity.intro(turn);
        } else if (Words.isComplaint(text)) {
            turn.say(menus.complaints());
        } else {
            return false;
        }
        return true;
    }

    // --- starting a request ---------------------------------------------------------------------------------------

    /**
     * "ยื่นคำขอ &lt;service name&gt;", as a poster's QR code types it in: starts that service with nothing filled in.
     * A renamed service is still found by its keywords; a retired one gets the list of services.
     */
    private void requestByName(Turn turn, String name) {
        Optional<ServiceView> named = catalog.serviceNamed(name)
                .or(() -> catalog.match(name).map(Catalog.Match::service));
        if (named.isEmpty()) {
            turn.say(texts.get("conversation.services.gone"));
            turn.say(menus.categories());
            return;
        }
        request(turn, named.get().code(), null);
    }

    private void request(Turn turn, String serviceCode, @Nullable String prefill) {
        Optional<ServiceView> service = catalog.service(serviceCode);
        if (service.isEmpty()) {
            turn.say(texts.get("conversation.services.gone"));
            turn.say(menus.categories());
            return;
        }
        if (turn.state.form != null && !turn.state.form.service.equals(serviceCode)) {
            turn.say(texts.get("conversation.form.replaced", forms.serviceName(turn.state.form)));
            forms.cancelQuietly(turn);
        }
        if (!privacy.hasConsented(turn)) {
            turn.state.pending = new State.PendingStart(serviceCode, prefill);
            privacy.notice(turn);
            return;
        }
        forms.start(turn, service.get(), prefill);
    }

    private void consented(Turn turn) {
        privacy.accept(turn);
        State.PendingStart pending = turn.state.pending;
        turn.state.pending = null;
        Optional<ServiceView> service = pending == null ? Optional.empty() : catalog.service(pending.service());
        if (pending == null || service.isEmpty()) {
            turn.say(texts.get("conversation.consent.thanks"));
            turn.say(menus.categories());
            return;
        }
        forms.start(turn, service.get(), pending.prefill());
    }

    // --- the rest -------------------------------------------------------------------------------------------------

    private void unsupported(Turn turn, Input.Kind kind) {
        switch (kind) {
            case STICKER -> turn.say(texts.get("conversation.sticker"));
            case AUDIO, VIDEO, FILE -> turn.say(texts.get("conversation.media"));
            case UNKNOWN_MESSAGE -> turn.say(texts.get("conversation.unknown-message"));
            case GROUP_CHAT -> {
                turn.say(texts.get("conversation.group", sao.profile().shortName()));
                return;
            }
            case SILENT_EVENT -> {
                return;
            }
        }
        if (turn.state.form != null) {
            forms.askAgain(turn);
        } else {
            turn.say(menus.main());
        }
    }

    private void remindOpenForm(Turn turn) {
        if (turn.state.integrity != null && turn.state.integrity.draft != null) {
            turn.say(new Reply.Text(texts.get("conversation.integrity.paused"), List.of(
                    Choice.tap(texts.get("conversation.form.resume"), new Postback.Integrity(Postback.IntegrityAction.Button.RESUME)),
                    Choice.tap(texts.get("conversation.form.cancel"), new Postback.Integrity(Postback.IntegrityAction.Button.CANCEL)))));
            return;
        }
        State.Form form = turn.state.form;
        if (form == null) {
            return;
        }
        turn.say(new Reply.Text(texts.get("conversation.form.paused", forms.serviceName(form)), List.of(
                Choice.tap(texts.get("conversation.form.resume"), new Postback.Form(form.id, Postback.FormAction.Button.RESUME)),
                Choice.tap(texts.get("conversation.form.cancel"), new Postback.Form(form.id, Postback.FormAction.Button.CANCEL)))));
    }

    private String serviceName(String code) {
        return catalog.service(code).map(ServiceView::name).orElse(code);
    }

    private static boolean isQuestion(String text) {
        String cleaned = Words.clean(text);
        return cleaned.contains("ไหม") || cleaned.contains("เมื่อไร") || cleaned.contains("เมื่อไหร่")
                || cleaned.contains("อย่างไร") || cleaned.contains("ยังไง") || cleaned.contains("ที่ไหน")
                || cleaned.contains("กี่โมง") || cleaned.contains("อะไร") || cleaned.contains("หรือเปล่า")
                || text.contains("?");
    }
}
