package th.tambondesk.conversation;

import static th.tambondesk.conversation.State.IntegrityStep.ADD;
import static th.tambondesk.conversation.State.IntegrityStep.ASK_CODE;
import static th.tambondesk.conversation.State.IntegrityStep.CATEGORY;
import static th.tambondesk.conversation.State.IntegrityStep.EVIDENCE;
import static th.tambondesk.conversation.State.IntegrityStep.FOLLOWING;
import static th.tambondesk.conversation.State.IntegrityStep.IDENTITY;
import static th.tambondesk.conversation.State.IntegrityStep.NAME;
import static th.tambondesk.conversation.State.IntegrityStep.PHONE;
import static th.tambondesk.conversation.State.IntegrityStep.SUMMARY;
import static th.tambondesk.conversation.State.IntegrityStep.WHAT;
import static th.tambondesk.conversation.State.IntegrityStep.WHEN;
import static th.tambondesk.conversation.State.IntegrityStep.WHERE;
import static th.tambondesk.conversation.State.IntegrityStep.WHO;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import th.tambondesk.catalog.Sao;
import th.tambondesk.common.PhoneNumber;
import th.tambondesk.common.PublicUrl;
import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;
import th.tambondesk.conversation.Postback.IntegrityAction;
import th.tambondesk.conversation.Postback.IntegrityAction.Button;
import th.tambondesk.integrity.Addition;
import th.tambondesk.integrity.DraftId;
import th.tambondesk.integrity.DraftView;
import th.tambondesk.integrity.FollowUp;
import th.tambondesk.integrity.IntegrityCategory;
import th.tambondesk.integrity.IntegrityReports;
import th.tambondesk.integrity.Receipt;
import th.tambondesk.integrity.ReportField;
import th.tambondesk.integrity.TooManyAttempts;

/**
 * The corruption and misconduct channel in chat (ITA O23). First says who reads the report and that the reporter
 * may stay anonymous; then category, who, what, when, where, evidence, anonymous or named, confirm; then a receipt
 * code, shown once. Every turn of it is confidential: the draft lives sealed in the integrity module, the state
 * keeps only its id, and the state is deleted when the report is sent or dropped.
 */
@Component
class IntegrityFlow {

    static final Postback START = button(Button.START);
    static final Postback FOLLOW = button(Button.FOLLOW);
    static final Postback OTHER_CHANNELS = new Postback.Faq("complaint-channels");
    private static final int MAX_TEXT = 3000;


    private final IntegrityReports reports;
    private final Texts texts;
    private final Sao sao;
    private final Menus menus;
    private final PublicUrl publicUrl;

    IntegrityFlow(IntegrityReports reports, Texts texts, Sao sao, Menus menus, PublicUrl publicUrl) {
        this.reports = reports;
        this.publicUrl = publicUrl;
        this.texts = texts;
        this.sao = sao;
        this.menus = menus;
    }

    /** A report is being written, or information added: the resident's next message belongs to it. */
    boolean active(Turn turn) {
        return turn.state.integrity != null && turn.state.integrity.step != FOLLOWING;
    }

    /**
     * After a report was shown, anything but its buttons ends the follow-up: the message is then an ordinary one,
     * neither confidential nor part of the report.
     */
    void endFollowUpUnlessContinued(Turn turn, Input input) {
        State.Integrity state = turn.state.integrity;
        if (state == null || state.step != FOLLOWING) {
            return;
        }
        boolean continues = input instanceof Input.Tap tap && Postback.parse(tap.data()) instanceof Postback.Integrity
                || input instanceof Input.Text text && IntegrityReports.looksLikeReceiptCode(text.text());
        if (!continues) {
            turn.state.integrity = null;
            turn.confidential = false;
        }
    }

    /** What the channel is, who reads it, and how to follow a report. */
    void intro(Turn turn) {
        turn.confidential = true;
        turn.say(new Reply.Buttons(texts.get("conversation.integrity.title"),
                texts.get("conversation.integrity.intro", sao.profile().shortName(), whereToFollow()),
                List.of(Choice.tap(texts.get("conversation.integrity.start"), START),
                        Choice.tap(texts.get("conversation.integrity.follow"), FOLLOW),
                        Choice.tap(texts.get("conversation.integrity.other-channels"), OTHER_CHANNELS))));
    }

    /** In this chat, and on the follow-up page by its full address when the server's address is configured. */
    private String whereToFollow() {
        return publicUrl.of("/integrity").map(url -> texts.get("conversation.integrity.where.web", url))
                .orElseGet(() -> texts.get("conversation.integrity.where.chat"));
    }

    void tap(Turn turn, IntegrityAction action) {
        turn.confidential = true;
        State.Integrity state = turn.state.integrity;
        if (action == Button.START) {
            start(turn);
        } else if (action == Button.FOLLOW) {
            turn.state.integrity = new State.Integrity();
            turn.state.integrity.step = ASK_CODE;
            turn.say(textWithCancel(texts.get("conversation.integrity.ask-code")));
        } else if (state == null) {
            turn.say(texts.get("conversation.stale-button"));
            turn.say(menus.main());
        } else if (action == Button.RESUME) {
            ask(turn);
        } else if (action == Button.CANCEL) {
            cancel(turn, true);
        } else if (action instanceof IntegrityAction.Category category && state.step == CATEGORY) {
            category(turn, category.name());
        } else if (action == Button.SKIP) {
            skip(turn);
        } else if (action == Button.ANONYMOUS && state.step == IDENTITY) {
            state.step = SUMMARY;
            summary(turn, true);
        } else if (action == Button.NAMED && state.step == IDENTITY) {
            state.step = NAME;
            ask(turn);
        } else if ((action == Button.SEND_ANONYMOUS || action == Button.SEND_NAMED) && state.step == SUMMARY) {
            submit(turn, action == Button.SEND_ANONYMOUS);
        } else if (action == Button.RESTART) {
            reports.discard(draft(turn));
            start(turn);
        } else if (action == Button.ADD) {
            state.step = ADD;
            turn.say(textWithCancel(texts.get("conversation.integrity.add")));
        } else {
            turn.say(texts.get("conversation.form.stale-button"));
            ask(turn);
        }
    }

    /** What the resident sent while a report is being written or followed. */
    void handle(Turn turn, Input input) {
        turn.confidential = true;
        State.Integrity state = report(turn);
        if (input instanceof Input.Text text && Words.isCancel(text.text())) {
            cancel(turn, true);
            return;
        }
        switch (state.step) {
            case ASK_CODE -> {
                if (input instanceof Input.Text text) {
                    turn.state.integrity = null;
                    follow(turn, text.text());
                } else {
                    turn.say(textWithCancel(texts.get("conversation.integrity.ask-code")));
                }
            }
            case ADD -> add(turn, input);
            case EVIDENCE, WHO, WHAT, WHEN, WHERE, NAME, PHONE -> answer(turn, input);
            default -> {
                if (input instanceof Input.Photo photo && photo.problem() == null && state.draft != null) {
                    evidence(turn, photo);
                } else {
                    ask(turn);
                }
            }
        }
    }

    /** Shows a report to whoever has its receipt code. */
    void follow(Turn turn, String code) {
        turn.confidential = true;
        Optional<FollowUp> found;
        try {
            found = reports.follow(code, throttleSource(turn));
        } catch (TooManyAttempts e) {
            turn.say(texts.get("conversation.integrity.too-many", Math.max(1, e.waitFor().toMinutes() + 1)));
            return;
        }
        if (found.isEmpty()) {
            turn.say(new Reply.Text(texts.get("conversation.integrity.unknown-code"),
                    List.of(Choice.tap(texts.get("conversation.integrity.follow"), FOLLOW))));
            return;
        }
        FollowUp report = found.get();
        StringBuilder text = new StringBuilder(texts.get("conversation.integrity.status",
                texts.get(report.category().messageKey()), texts.get(report.status().messageKey()),
                ThaiDates.monthYear(report.submitted())));
        List<FollowUp.Message> fromAuditor = report.messages().stream().filter(FollowUp.Message::fromAuditor).toList();
        if (fromAuditor.isEmpty()) {
            text.append('\n').append(texts.get("conversation.integrity.no-messages"));
        }
        for (FollowUp.Message message : fromAuditor) {
            text.append("\n\n💬 ").append(ThaiDates.shortDateTime(message.at())).append('\n').append(message.text());
        }
        State.Integrity state = new State.Integrity();
        state.handle = report.handle();
        state.step = FOLLOWING;
        turn.state.integrity = state;
        turn.say(new Reply.Text(text.toString(), List.of(
                Choice.tap(texts.get("conversation.integrity.add-button"), button(Button.ADD)),
                Choice.tap(texts.get("conversation.integrity.done"), button(Button.CANCEL)))));
    }

    // --- writing --------------------------------------------------------------------------------------------------

    private void start(Turn turn) {
        State.Integrity state = new State.Integrity();
        state.draft = reports.startDraft().toString();
        state.step = CATEGORY;
        turn.state.integrity = state;
        ask(turn);
    }

    private void category(Turn turn, String name) {
        try {
            reports.setCategory(draft(turn), IntegrityCategory.valueOf(name));
        } catch (IllegalArgumentException e) {
            ask(turn);
            return;
        }
        report(turn).step = WHO;
        ask(turn);
    }

    private void answer(Turn turn, Input input) {
        State.Integrity state = report(turn);
        if (input instanceof Input.Photo photo) {
            if (photo.problem() != null) {
                turn.say(texts.get(photo.problem() == Input.PhotoProblem.TOO_LARGE ? "conversation.photo.too-large"
                        : photo.problem() == Input.PhotoProblem.NOT_AN_IMAGE ? "conversation.photo.not-image"
                        : "conversation.photo.unreadable"));
                ask(turn);
            } else {
                evidence(turn, photo);
            }
            return;
        }
        if (input instanceof Input.Location location && state.step == WHERE) {
            reports.setField(draft(turn), ReportField.WHERE, texts.get("conversation.integrity.coordinates",
                    String.format("%.5f, %.5f", location.latitude(), location.longitude()),
                    (location.address() == null ? "" : location.address()).strip()));
            state.step = EVIDENCE;
            ask(turn);
            return;
        }
        if (!(input instanceof Input.Text typed)) {
            ask(turn);
            return;
        }
        String text = typed.text().strip();
        if (Words.isSkip(text) || Words.clean(text).equals("ไม่ทราบ") || Words.clean(text).equals("เสร็จแล้ว")) {
            skip(turn);
            return;
        }
        if (text.length() > MAX_TEXT) {
            turn.say(texts.get("conversation.form.too-long", MAX_TEXT));
            ask(turn);
            return;
        }
        switch (state.step) {
            case WHO -> next(turn, ReportField.WHO, text, WHAT);
            case WHAT -> next(turn, ReportField.WHAT, text, WHEN);
            case WHEN -> next(turn, ReportField.WHEN, text, WHERE);
            case WHERE -> next(turn, ReportField.WHERE, text, EVIDENCE);
            case NAME -> next(turn, ReportField.NAME, text, PHONE);
            case PHONE -> {
                Optional<PhoneNumber> phone = PhoneNumber.parse(text);
                if (phone.isEmpty()) {
                    turn.say(texts.get("conversation.form.phone.invalid", text.length() > 30 ? text.substring(0, 30) : text));
                    ask(turn);
                } else {
                    reports.setField(draft(turn), ReportField.PHONE, phone.get().display());
                    state.step = SUMMARY;
                    summary(turn, false);
                }
            }
            default -> ask(turn);
        }
    }

    private void next(Turn turn, ReportField field, String value, State.IntegrityStep nextStep) {
        reports.setField(draft(turn), field, value);
        report(turn).step = nextStep;
        ask(turn);
    }

    private void skip(Turn turn) {
        State.Integrity state = report(turn);
        switch (state.step) {
            case WHO -> state.step = WHAT;
            case WHEN -> state.step = WHERE;
            case WHERE -> state.step = EVIDENCE;
            case EVIDENCE -> state.step = IDENTITY;
            case PHONE -> {
                state.step = SUMMARY;
                summary(turn, false);
                return;
            }
            default -> turn.say(texts.get("conversation.form.required"));
        }
        ask(turn);
    }

    private void evidence(Turn turn, Input.Photo photo) {
        State.Integrity state = report(turn);
        if (state.draft == null) {
            ask(turn);
            return;
        }
        if (reports.addEvidence(draft(turn), photo.bytes(), photo.contentType())) {
            state.evidence++;
            turn.say(texts.get("conversation.integrity.evidence-received", state.evidence));
        } else {
            turn.say(texts.get("conversation.integrity.evidence-full"));
        }
        ask(turn);
    }

    private void ask(Turn turn) {
        State.Integrity state = report(turn);
        List<Choice> quick = new ArrayList<>();
        String question;
        switch (state.step) {
            case CATEGORY -> {
                List<Choice> categories = new ArrayList<>();
                for (IntegrityCategory category : IntegrityCategory.values()) {
                    categories.add(Choice.tap(texts.get(category.buttonKey()), button(new IntegrityAction.Category(category.name()))));
                }
                categories.add(Choice.tap(texts.get("conversation.form.cancel"), button(Button.CANCEL)));
                turn.say(new Reply.Buttons(texts.get("conversation.integrity.title"),
                        texts.get("conversation.integrity.ask.category"), categories));
                return;
            }
            case WHO -> {
                question = texts.get("conversation.integrity.ask.who");
                quick.add(Choice.tap(texts.get("conversation.integrity.unknown"), button(Button.SKIP)));
            }
            case WHAT -> question = texts.get("conversation.integrity.ask.what");
            case WHEN -> {
                question = texts.get("conversation.integrity.ask.when");
                quick.add(Choice.tap(texts.get("conversation.integrity.unknown"), button(Button.SKIP)));
            }
            case WHERE -> {
                question = texts.get("conversation.integrity.ask.where");
                quick.add(new Choice(texts.get("conversation.form.location"), new Choice.ShareLocation()));
                quick.add(Choice.tap(texts.get("conversation.integrity.unknown"), button(Button.SKIP)));
            }
            case EVIDENCE -> {
                question = texts.get("conversation.integrity.ask.evidence");
                quick.add(new Choice(texts.get("conversation.form.camera"), new Choice.TakePhoto()));
                quick.add(new Choice(texts.get("conversation.form.gallery"), new Choice.PickPhoto()));
                quick.add(Choice.tap(texts.get(state.evidence > 0 ? "conversation.integrity.evidence-done"
                        : "conversation.integrity.no-evidence"), button(Button.SKIP)));
            }
            case IDENTITY -> {
                turn.say(new Reply.Buttons(texts.get("conversation.integrity.identity.title"),
                        texts.get("conversation.integrity.identity.text"),
                        List.of(Choice.tap(texts.get("conversation.integrity.anonymous"), button(Button.ANONYMOUS)),
                                Choice.tap(texts.get("conversation.integrity.named"), button(Button.NAMED)),
                                Choice.tap(texts.get("conversation.form.cancel"), button(Button.CANCEL)))));
                return;
            }
            case NAME -> question = texts.get("conversation.integrity.ask.name");
            case PHONE -> {
                question = texts.get("conversation.integrity.ask.phone");
                quick.add(Choice.tap(texts.get("conversation.form.skip"), button(Button.SKIP)));
            }
            default -> {
                summary(turn, true);
                return;
            }
        }
        quick.add(Choice.tap(texts.get("conversation.form.cancel"), button(Button.CANCEL)));
        turn.say(new Reply.Text(question, quick));
    }

    private void summary(Turn turn, boolean anonymous) {
        Optional<DraftView> draft = reports.draft(draft(turn));
        if (draft.isEmpty() || draft.get().category() == null || draft.get().field(ReportField.WHAT) == null) {
            turn.state.integrity = null;
            turn.say(texts.get("conversation.integrity.lost"));
            turn.say(menus.main());
            return;
        }
        DraftView d = draft.get();
        StringBuilder text = new StringBuilder();
        IntegrityCategory category = Objects.requireNonNull(d.category(), "checked above");
        text.append(texts.get("conversation.integrity.summary.category", texts.get(category.messageKey())));
        line(text, "conversation.integrity.summary.who", d.field(ReportField.WHO));
        line(text, "conversation.integrity.summary.what", d.field(ReportField.WHAT));
        line(text, "conversation.integrity.summary.when", d.field(ReportField.WHEN));
        line(text, "conversation.integrity.summary.where", d.field(ReportField.WHERE));
        text.append('\n').append(texts.get("conversation.integrity.summary.evidence", d.evidence()));
        text.append('\n').append(anonymous ? texts.get("conversation.integrity.summary.anonymous")
                : texts.get("conversation.integrity.summary.named", d.field(ReportField.NAME),
                d.field(ReportField.PHONE) == null ? "-" : d.field(ReportField.PHONE)));
        turn.say(new Reply.Buttons(texts.get("conversation.summary.title"), text.toString(), List.of(
                Choice.tap(texts.get("conversation.summary.confirm"), button(anonymous ? Button.SEND_ANONYMOUS : Button.SEND_NAMED)),
                Choice.tap(texts.get("conversation.integrity.restart"), button(Button.RESTART)),
                Choice.tap(texts.get("conversation.form.cancel"), button(Button.CANCEL)))));
    }

    private void submit(Turn turn, boolean anonymous) {
        Receipt receipt = reports.submit(draft(turn), anonymous);
        turn.state.integrity = null;
        // Nothing goes to the interaction log: even a row without a resident, dated only by its month, would sit among
        // the reporter's own rows by its place in the log. Reports are counted from the integrity module (O24).
        turn.say(texts.get("conversation.integrity.sent", receipt.code()));
        turn.say(texts.get("conversation.integrity.keep-code", whereToFollow()));
    }

    private void add(Turn turn, Input input) {
        State.Integrity state = report(turn);
        // A stale "add" button tapped while writing a new report leaves no report to add to: as expired.
        String handle = state.handle;
        Addition added;
        if (input instanceof Input.Photo photo && photo.problem() == null) {
            added = handle == null ? Addition.EXPIRED : reports.addEvidence(handle, photo.bytes(), photo.contentType());
        } else if (input instanceof Input.Text text && !text.text().isBlank() && text.text().length() <= MAX_TEXT) {
            added = handle == null ? Addition.EXPIRED : reports.addInformation(handle, text.text());
        } else {
            turn.say(textWithCancel(texts.get("conversation.integrity.add")));
            return;
        }
        turn.state.integrity = null;
        turn.say(texts.get(switch (added) {
            case ADDED -> "conversation.integrity.added";
            case EXPIRED -> "conversation.integrity.handle-expired";
            case FULL -> "conversation.integrity.add-full";
        }));
    }

    private void cancel(Turn turn, boolean say) {
        State.Integrity state = turn.state.integrity;
        if (state != null && state.draft != null) {
            reports.discard(DraftId.parse(state.draft));
        }
        turn.state.integrity = null;
        if (say) {
            turn.say(texts.get("conversation.integrity.cancelled"));
            turn.say(menus.main());
        }
    }

    private DraftId draft(Turn turn) {
        return DraftId.parse(Objects.requireNonNull(report(turn).draft, "a report being written has its draft"));
    }

    /** The report in progress: these steps are reached only while there is one. */
    private static State.Integrity report(Turn turn) {
        return Objects.requireNonNull(turn.state.integrity, "a report is in progress");
    }

    private static Postback button(IntegrityAction action) {
        return new Postback.Integrity(action);
    }

    private Reply textWithCancel(String text) {
        return new Reply.Text(text, List.of(Choice.tap(texts.get("conversation.form.cancel"), button(Button.CANCEL))));
    }

    private void line(StringBuilder text, String key, @Nullable String value) {
        text.append('\n').append(texts.get(key, value == null ? "-" : value));
    }

    /** Slows down code guessing per resident without naming them: a hash, kept in memory by the integrity module. */
    private static String throttleSource(Turn turn) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("receipt:" + turn.residentId).getBytes());
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
