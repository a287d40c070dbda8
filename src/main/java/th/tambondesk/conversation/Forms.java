package th.tambondesk.conversation;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseContents;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.NearbyCase;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.DateRange;
import th.tambondesk.catalog.FieldSpec;
import th.tambondesk.catalog.FieldType;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.PhoneNumber;
import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;
import th.tambondesk.conversation.Postback.FormAction.Button;
import th.tambondesk.conversation.Postback.FormAction.EditField;
import th.tambondesk.conversation.Postback.FormAction.Option;
import th.tambondesk.conversation.State.Form.Stage;

/**
 * Request forms: asks only what the service needs, one question at a time, with quick replies wherever a choice is
 * possible; ends with a summary and ยืนยัน / แก้ไข / ยกเลิก; opens the case on confirmation.
 */
@Component
class Forms {

    /** LINE shows at most this many characters (UTF-16 units) of a quick reply's label. */
    private static final int LABEL_LIMIT = 20;
    /**
     * Cases one resident may open in an hour, on any channel: more than a household ever needs, and a flood from one
     * chat stops there. Past it the form waits, summary shown, until the resident may send it.
     */
    static final int CASES_PER_HOUR = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Texts texts;
    private final Catalog catalog;
    private final Cases cases;
    private final Residents residents;
    private final PendingPhotos photos;
    private final Menus menus;

    Forms(Texts texts, Catalog catalog, Cases cases, Residents residents, PendingPhotos photos, Menus menus) {
        this.texts = texts;
        this.catalog = catalog;
        this.cases = cases;
        this.residents = residents;
        this.photos = photos;
        this.menus = menus;
    }

    /** Starts a request. {@code prefill} is the message that named the service, or null. */
    void start(Turn turn, ServiceView service, @Nullable String prefill) {
        State.Form form = new State.Form();
        form.id = HexFormat.of().formatHex(randomBytes());
        form.service = service.code();
        form.startedAt = turn.now;
        if (prefill != null && !prefill.isBlank()) {
            service.fields().stream()
                    .filter(f -> f.type() == FieldType.TEXT && f.prefill())
                    .findFirst()
                    .ifPresent(f -> form.answers.put(f.key(), State.Answer.text(limit(prefill.strip()))));
        }
        turn.state.form = form;
        turn.state.pending = null;
        turn.state.unmatchedText = null;
        next(turn, texts.get("conversation.form.start", service.name()));
    }

    /** Something the resident sent while a form is open (not a global command). */
    void handle(Turn turn, Input input) {
        State.Form form = form(turn);
        ServiceView service = service(turn);
        if (service == null) {
            return;
        }
        if (form.stage == Stage.NEARBY) {
            offerNearby(turn, form, service, texts.get("conversation.nearby.choose"));
        } else if (input instanceof Input.Photo photo) {
            photo(turn, form, service, photo);
        } else if (input instanceof Input.Location location) {
            location(turn, form, service, location);
        } else if (form.stage == Stage.SUMMARY) {
            summaryText(turn, input);
        } else if (form.stage == Stage.EDIT) {
            editMenu(turn, service);
        } else if (input instanceof Input.Text text) {
            answerText(turn, form, service, text.text().strip());
        } else {
            ask(turn, service, texts.get("conversation.form.use-buttons"));
        }
    }

    /** A tap on one of this form's buttons; {@code value} is the day a date picker picked. */
    void tap(Turn turn, Postback.FormAction action, @Nullable String value) {
        State.Form form = form(turn);
        ServiceView service = service(turn);
        if (service == null) {
            return;
        }
        FieldSpec field = service.field(form.field).orElse(null);
        if (action == Button.CANCEL) {
            cancel(turn);
        } else if (action == Button.JOIN || action == Button.NEW) {
            if (form.stage != Stage.NEARBY) {
                askAgain(turn);
            } else if (action == Button.JOIN) {
                join(turn, form, service);
            } else {
                reportAnew(turn, form, null);
            }
        } else if (form.stage == Stage.NEARBY) {
            offerNearby(turn, form, service, texts.get("conversation.form.stale-button"));
        } else if (action == Button.CONFIRM) {
            confirm(turn, form, service);
        } else if (action == Button.EDIT) {
            form.at(Stage.EDIT);
            editMenu(turn, service);
        } else if (action instanceof EditField edit) {
            FieldSpec chosen = service.field(edit.key()).orElse(null);
            if (chosen == null) {
                editMenu(turn, service);
                return;
            }
            form.answers.remove(chosen.key());
            form.ask(chosen.key());
            form.backToSummary = true;
            ask(turn, service, null);
        } else if (action == Button.SUMMARY || action == Button.RESUME) {
            if (form.stage.showsSummary()) {
                form.backToSummary = false;
                summary(turn, service, null);
            } else {
                ask(turn, service, null);
            }
        } else if (field == null) {
            ask(turn, service, texts.get("conversation.form.stale-button"));
        } else if (action == Button.SKIP) {
            skip(turn, form, service, field);
        } else if (action instanceof Option option && field.type() == FieldType.CHOICE) {
            if (option.index() < 0 || option.index() >= field.options().size()) {
                ask(turn, service, texts.get("conversation.form.choice.invalid"));
                return;
            }
            answer(turn, form, field, State.Answer.text(field.options().get(option.index())), null);
        } else if ((action == Button.TODAY || action == Button.TOMORROW || action == Button.PICK_DATE)
                && field.type() == FieldType.DATE) {
            LocalDate today = LocalDate.ofInstant(turn.now, ThaiDates.ZONE);
            LocalDate date = action == Button.TODAY ? today : action == Button.TOMORROW ? today.plusDays(1)
                    : value == null ? null : parseIso(value);
            if (date == null) {
                ask(turn, service, texts.get("conversation.form.date.invalid"));
                return;
            }
            answerDate(turn, form, service, field, date);
        } else {
            ask(turn, service, texts.get("conversation.form.stale-button"));
        }
    }

    /** Asks the question the form is at again, e.g. after the resident looked at something else. */
    void askAgain(Turn turn) {
        ServiceView service = service(turn);
        if (service == null) {
            return;
        }
        State.Form form = form(turn);
        if (form.stage == Stage.NEARBY) {
            offerNearby(turn, form, service, null);
        } else {
            repeat(turn, service, null);
        }
    }

    /** Drops the open form without a word, when the resident starts another. */
    void cancelQuietly(Turn turn) {
        turn.state.form = null;
        photos.deleteByResidentId(turn.residentId);
    }

    void cancel(Turn turn) {
        turn.state.form = null;
        photos.deleteByResidentId(turn.residentId);
        turn.say(Reply.Text.of(texts.get("conversation.form.cancelled")));
        turn.say(menus.main());
    }

    String serviceName(State.Form form) {
        return catalog.service(form.service).map(ServiceView::name).orElse(form.service);
    }

    // --- answering ----------------------------------------------------------------------------------------------

    private void answerText(Turn turn, State.Form form, ServiceView service, String text) {
        FieldSpec field = service.field(form.field).orElse(null);
        if (field == null) {
            next(turn, null);
            return;
        }
        if (Words.isSkip(text)) {
            skip(turn, form, service, field);
            return;
        }
        switch (field.type()) {
            case TEXT -> {
                if (text.length() > FieldSpec.MAX_TEXT) {
                    ask(turn, service, texts.get("conversation.form.too-long", FieldSpec.MAX_TEXT));
                } else {
                    answer(turn, form, field, State.Answer.text(text), null);
                }
            }
            case LOCATION -> {
                if (text.length() < FieldSpec.MIN_PLACE || text.length() > FieldSpec.MAX_PLACE) {
                    ask(turn, service, texts.get("conversation.form.location.too-short"));
                } else {
                    answer(turn, form, field, State.Answer.text(text), null);
                }
            }
            case PHOTO -> ask(turn, service, texts.get(field.required()
                    ? "conversation.form.photo.expected-required" : "conversation.form.photo.expected"));
            case PHONE -> {
                Optional<PhoneNumber> phone = PhoneNumber.parse(text);
                if (phone.isEmpty()) {
                    ask(turn, service, texts.get("conversation.form.phone.invalid", shorten(text)));
                } else {
                    rememberPhone(turn, phone.get());
                    answer(turn, form, field, State.Answer.text(phone.get().digits()), null);
                }
            }
            case DATE -> {
                Optional<LocalDate> date = ThaiDates.parse(text);
                if (date.isEmpty()) {
                    ask(turn, service, texts.get("conversation.form.date.invalid"));
                } else {
                    answerDate(turn, form, service, field, date.get());
                }
            }
            case CHOICE -> {
                Optional<String> option = Words.option(text, field.options());
                if (option.isEmpty()) {
                    ask(turn, service, texts.get("conversation.form.choice.invalid"));
                } else {
                    answer(turn, form, field, State.Answer.text(option.get()), null);
                }
            }
        }
    }

    private void photo(Turn turn, State.Form form, ServiceView service, Input.Photo photo) {
        FieldSpec field = service.fields().stream().filter(f -> f.type() == FieldType.PHOTO).findFirst().orElse(null);
        if (field == null) {
            repeat(turn, service, texts.get("conversation.form.photo.not-needed"));
            return;
        }
        if (photo.problem() != null) {
            repeat(turn, service, problem(photo.problem()));
            return;
        }
        if (form.photos >= field.max()) {
            repeat(turn, service, texts.get("conversation.form.photo.full", field.max()));
            return;
        }
        photos.save(new PendingPhoto(turn.residentId, form.id, photo.contentType(), photo.bytes(), turn.now));
        form.photos++;
        String received = texts.get("conversation.form.photo.received", form.photos);
        if (field.key().equals(form.field)) {
            answer(turn, form, field, State.Answer.text(String.valueOf(form.photos)), received);
        } else {
            form.answers.putIfAbsent(field.key(), State.Answer.text(String.valueOf(form.photos)));
            repeat(turn, service, received);
        }
    }

    private void location(Turn turn, State.Form form, ServiceView service, Input.Location location) {
        FieldSpec field = service.fields().stream().filter(f -> f.type() == FieldType.LOCATION).findFirst().orElse(null);
        if (field == null) {
            repeat(turn, service, texts.get("conversation.form.location.not-needed"));
            return;
        }
        String words = String.join(" ", nonBlank(location.title(), location.address())).strip();
        State.Answer place = State.Answer.place(location.latitude(), location.longitude(),
                words.isEmpty() ? null : shortenTo(words, FieldSpec.MAX_PLACE));
        String received = texts.get("conversation.form.location.received");
        boolean asked = field.key().equals(form.field);
        form.answers.put(field.key(), place);
        if (!form.nearbyDeclined && offerNearby(turn, form, service, received)) {
            return;
        }
        if (asked) {
            next(turn, received);
        } else {
            repeat(turn, service, received);
        }
    }

    // --- an open case near the place: join it instead of reporting it again ---------------------------------------

    /**
     * Offers the nearest open case of the service around the place given, if there is one: join it, or report
     * anew. The resident's own case is shown rather than offered. False when there is none (any more).
     */
    private boolean offerNearby(Turn turn, State.Form form, ServiceView service, @Nullable String preface) {
        State.Answer place = service.fields().stream().filter(f -> f.type() == FieldType.LOCATION)
                .map(f -> form.answers.get(f.key())).filter(a -> a != null && a.latitude() != null)
                .findFirst().orElse(null);
        Optional<NearbyCase> found = place == null ? Optional.empty()
                : cases.nearbyOpen(service.code(), Objects.requireNonNull(place.latitude()),
                        Objects.requireNonNull(place.longitude()), requester(turn));
        if (found.isEmpty()) {
            if (form.stage == Stage.NEARBY) {
                reportAnew(turn, form, preface);
            }
            return false;
        }
        NearbyCase nearby = found.get();
        form.nearbyCase = nearby.caseId();
        form.at(Stage.NEARBY);
        StringBuilder text = new StringBuilder();
        if (preface != null) {
            text.append(preface).append("\n\n");
        }
        List<Choice> choices = new ArrayList<>();
        if (nearby.mine()) {
            text.append(texts.get("conversation.nearby.mine", nearby.trackingCode(), nearby.metres(),
                    texts.get(nearby.status().messageKey())));
            choices.add(Choice.tap(texts.get("conversation.mine.detail"), new Postback.MyCase(
                    Objects.requireNonNull(nearby.trackingCode(), "the resident's own case shows its code"))));
        } else {
            text.append(texts.get("conversation.nearby.found", nearby.serviceName(), nearby.metres(),
                    ThaiDates.shortDate(ThaiDates.toDate(nearby.reportedAt())), texts.get(nearby.status().messageKey()),
                    nearby.reporters()));
            choices.add(Choice.tap(texts.get("conversation.nearby.join"), button(form, Button.JOIN)));
        }
        choices.add(Choice.tap(texts.get("conversation.nearby.new"), button(form, Button.NEW)));
        choices.add(Choice.tap(texts.get("conversation.form.cancel"), button(form, Button.CANCEL)));
        turn.say(new Reply.Text(text.toString(), choices));
        return true;
    }

    /** Joins the case offered: the resident's words and photos so far go to it, and the form ends. */
    private void join(Turn turn, State.Form form, ServiceView service) {
        List<String> words = new ArrayList<>();
        for (FieldSpec field : service.fields()) {
            State.Answer answer = form.answers.get(field.key());
            if (answer != null && !answer.isSkipped() && answer.text() != null
                    && (field.type() == FieldType.TEXT || field.type() == FieldType.CHOICE)) {
                words.add(field.label() + ": " + answer.text());
            }
        }
        List<OpenCase.Photo> given = photos.findByResidentIdAndFormIdOrderById(turn.residentId, form.id).stream()
                .map(p -> new OpenCase.Photo(p.content(), p.contentType()))
                .toList();
        long offered = Objects.requireNonNull(form.nearbyCase, "the case offered");
        Optional<CaseView> joined = cases.join(offered, requester(turn), String.join("\n", words), given);
        if (joined.isEmpty()) {
            reportAnew(turn, form, texts.get("conversation.nearby.gone"));
            return;
        }
        photos.deleteByResidentId(turn.residentId);
        turn.state.form = null;
        turn.state.lastFinished = new State.Finished(form.id, joined.get().trackingCode());
        turn.say(new Reply.Text(texts.get("conversation.nearby.joined", joined.get().trackingCode(),
                joined.get().serviceName(), joined.get().reporters()), List.of(
                Choice.tap(texts.get("conversation.menu.mine"), Postback.Simple.MY_CASES),
                Choice.tap(texts.get("conversation.menu.short"), Postback.Simple.MENU))));
    }

    /** Goes on with the form as a new report; the offer is not made again for it. */
    private void reportAnew(Turn turn, State.Form form, @Nullable String preface) {
        form.nearbyDeclined = true;
        form.nearbyCase = null;
        form.ask(null);
        next(turn, preface);
    }

    private static Requester requester(Turn turn) {
        CaseChannel channel = turn.resident.channel() == Channel.LINE ? CaseChannel.LINE : CaseChannel.WEB;
        return new Requester(channel, turn.resident.key(), turn.pseudonym);
    }

    private void skip(Turn turn, State.Form form, ServiceView service, FieldSpec field) {
        if (field.required()) {
            ask(turn, service, texts.get("conversation.form.required"));
            return;
        }
        answer(turn, form, field, State.Answer.skip(), null);
    }

    private void answer(Turn turn, State.Form form, FieldSpec field, State.Answer answer, @Nullable String preface) {
        form.answers.put(field.key(), answer);
        next(turn, preface);
    }

    /** Asks the first question not answered yet, or shows the summary. */
    private void next(Turn turn, @Nullable String preface) {
        State.Form form = form(turn);
        ServiceView service = service(turn);
        if (service == null) {
            return;
        }
        if (form.backToSummary) {
            form.backToSummary = false;
            summary(turn, service, preface);
            return;
        }
        for (FieldSpec field : service.fields()) {
            if (form.answers.containsKey(field.key())) {
                continue;
            }
            if (field.type() == FieldType.PHONE) {
                Optional<String> remembered = residents.findById(turn.residentId).map(Resident::phone);
                if (remembered.isPresent()) {
                    form.answers.put(field.key(), State.Answer.text(remembered.get()));
                    continue;
                }
            }
            form.ask(field.key());
            ask(turn, service, preface);
            return;
        }
        summary(turn, service, preface);
    }

    /** Says something, then asks the current question or shows the summary again. */
    private void repeat(Turn turn, ServiceView service, @Nullable String preface) {
        if (form(turn).stage.showsSummary()) {
            summary(turn, service, preface);
        } else {
            ask(turn, service, preface);
        }
    }

    private void ask(Turn turn, ServiceView service, @Nullable String preface) {
        State.Form form = form(turn);
        FieldSpec field = service.field(form.field).orElse(null);
        if (field == null) {
            next(turn, preface);
            return;
        }
        String question = preface == null ? field.question() : preface + "\n" + field.question();
        List<Choice> quick = new ArrayList<>();
        switch (field.type()) {
            case LOCATION -> quick.add(new Choice(texts.get("conversation.form.location"), new Choice.ShareLocation()));
            case PHOTO -> {
                quick.add(new Choice(texts.get("conversation.form.camera"), new Choice.TakePhoto()));
                quick.add(new Choice(texts.get("conversation.form.gallery"), new Choice.PickPhoto()));
            }
            case DATE -> {
                LocalDate today = ThaiDates.toDate(turn.now);
                if (field.dates() != DateRange.PAST) {
                    quick.add(Choice.tap(texts.get("conversation.form.today"), button(form, Button.TODAY)));
                    quick.add(Choice.tap(texts.get("conversation.form.tomorrow"),
                            button(form, Button.TOMORROW)));
                }
                quick.add(new Choice(texts.get("conversation.form.pick-date"), new Choice.PickDate(
                        button(form, Button.PICK_DATE).data(), field.dates() == DateRange.FUTURE ? today : null,
                        field.dates() == DateRange.PAST ? today : null)));
            }
            case CHOICE -> {
                boolean fitsQuickReply = field.options().stream().allMatch(o -> o.length() <= LABEL_LIMIT);
                if (!fitsQuickReply) {
                    List<Choice> options = new ArrayList<>();
                    for (int i = 0; i < field.options().size(); i++) {
                        options.add(Choice.tap(field.options().get(i), button(form, new Option(i))));
                    }
                    if (!field.required()) {
                        options.add(Choice.tap(texts.get("conversation.form.skip"), button(form, Button.SKIP)));
                    }
                    turn.say(new Reply.Buttons(service.name(), question, options));
                    return;
                }
                for (int i = 0; i < field.options().size(); i++) {
                    quick.add(Choice.tap(field.options().get(i), button(form, new Option(i))));
                }
            }
            default -> {
            }
        }
        if (!field.required()) {
            quick.add(Choice.tap(texts.get("conversation.form.skip"), button(form, Button.SKIP)));
        }
        quick.add(Choice.tap(texts.get("conversation.form.cancel"), button(form, Button.CANCEL)));
        turn.say(new Reply.Text(question, quick));
    }

    // --- summary, edit, confirm -------------------------------------------------------------------------------

    private void summary(Turn turn, ServiceView service, @Nullable String preface) {
        State.Form form = form(turn);
        form.at(Stage.SUMMARY);
        StringBuilder text = new StringBuilder();
        if (preface != null) {
            text.append(preface).append("\n\n");
        }
        text.append(texts.get("conversation.summary.service", service.name()));
        for (FieldSpec field : service.fields()) {
            text.append('\n').append(field.label()).append(": ").append(display(field, form.answers.get(field.key()),
                    form));
        }
        turn.say(new Reply.Buttons(texts.get("conversation.summary.title"), text.toString(), List.of(
                Choice.tap(texts.get("conversation.summary.confirm"), button(form, Button.CONFIRM)),
                Choice.tap(texts.get("conversation.summary.edit"), button(form, Button.EDIT)),
                Choice.tap(texts.get("conversation.form.cancel"), button(form, Button.CANCEL)))));
    }

    private void summaryText(Turn turn, Input input) {
        State.Form form = form(turn);
        ServiceView service = service(turn);
        if (service == null) {
            return;
        }
        if (input instanceof Input.Text text && Words.isConfirm(text.text())) {
            confirm(turn, form, service);
        } else if (input instanceof Input.Text text && Words.isEdit(text.text())) {
            form.at(Stage.EDIT);
            editMenu(turn, service);
        } else {
            summary(turn, service, texts.get("conversation.summary.hint"));
        }
    }

    private void editMenu(Turn turn, ServiceView service) {
        State.Form form = form(turn);
        List<Choice> choices = new ArrayList<>();
        for (FieldSpec field : service.fields()) {
            choices.add(Choice.tap(field.label(), button(form, new EditField(field.key()))));
        }
        choices.add(Choice.tap(texts.get("conversation.edit.back"), button(form, Button.SUMMARY)));
        turn.say(new Reply.Buttons(texts.get("conversation.edit.title"), texts.get("conversation.edit.text"), choices));
    }

    private void confirm(Turn turn, State.Form form, ServiceView service) {
        for (FieldSpec field : service.fields()) {
            State.Answer answer = form.answers.get(field.key());
            if (field.required() && (answer == null || answer.isSkipped())) {
                form.ask(field.key());
                form.backToSummary = true;
                ask(turn, service, texts.get("conversation.form.required"));
                return;
            }
        }
        List<CaseContents.Answer> answers = new ArrayList<>();
        for (FieldSpec field : service.fields()) {
            State.Answer answer = form.answers.get(field.key());
            if (answer != null && !answer.isSkipped()) {
                answers.add(new CaseContents.Answer(field, answer.text(), answer.latitude(), answer.longitude()));
            }
        }
        CaseContents contents = CaseContents.of(answers);
        List<OpenCase.Photo> photoList = photos.findByResidentIdAndFormIdOrderById(turn.residentId, form.id).stream()
                .map(p -> new OpenCase.Photo(p.content(), p.contentType()))
                .toList();
        CaseChannel channel = turn.resident.channel() == Channel.LINE ? CaseChannel.LINE : CaseChannel.WEB;
        List<Instant> lately = cases.openedSince(channel, turn.resident.key(), turn.now.minus(Duration.ofHours(1)));
        if (lately.size() >= CASES_PER_HOUR) {
            Instant allowed = lately.get(lately.size() - CASES_PER_HOUR).plus(Duration.ofHours(1)).plusSeconds(1);
            form.heldUntil = allowed;
            summary(turn, service, texts.get("conversation.form.limit", CASES_PER_HOUR,
                    ThaiDates.time(allowed.plusSeconds(59))));
            return;
        }
        CaseView opened = cases.open(new OpenCase(form.id, service.code(), channel,
                new Requester(channel, turn.resident.key(), turn.pseudonym), null, contents.phone(), contents.details(),
                contents.place(), photoList));
        photos.deleteByResidentId(turn.residentId);
        turn.state.form = null;
        turn.state.lastFinished = new State.Finished(form.id, opened.trackingCode());
        StringBuilder text = new StringBuilder(texts.get("conversation.confirmed", opened.trackingCode(),
                opened.serviceName(), opened.divisionName(), texts.get(opened.status().messageKey())));
        text.append('\n');
        if (Menus.promisesDate(service)) {
            text.append(texts.get("conversation.confirmed.due", ThaiDates.longDate(opened.dueDate()),
                    menus.timeText(service.standardTime())));
        } else {
            text.append(menus.timeLine("conversation.confirmed.time", service.standardTime()));
        }
        text.append("\n\n").append(texts.get("conversation.confirmed.next", opened.divisionName()));
        if (service.needsDocuments()) {
            text.append('\n').append(texts.get("conversation.confirmed.documents"));
        }
        turn.say(new Reply.Text(text.toString(), List.of(
                Choice.tap(texts.get("conversation.menu.mine"), Postback.Simple.MY_CASES),
                Choice.tap(texts.get("conversation.menu.short"), Postback.Simple.MENU))));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** The form being filled in: these steps are reached only while there is one. */
    private static State.Form form(Turn turn) {
        return Objects.requireNonNull(turn.state.form, "a form is open");
    }

    private @Nullable ServiceView service(Turn turn) {
        Optional<ServiceView> service = catalog.service(form(turn).service);
        if (service.isEmpty()) {
            // The service was removed from the catalogue while the form was open.
            turn.state.form = null;
            turn.say(Reply.Text.of(texts.get("conversation.services.gone")));
            turn.say(menus.main());
            return null;
        }
        return service.get();
    }

    private @Nullable String display(FieldSpec field, State.@Nullable Answer answer, State.Form form) {
        if (answer == null || answer.isSkipped()) {
            return "-";
        }
        return switch (field.type()) {
            case PHOTO -> texts.get("conversation.summary.photos", form.photos);
            case LOCATION -> answer.latitude() == null ? answer.text()
                    : (answer.text() == null ? "" : answer.text() + " ")
                    + texts.get("conversation.summary.map", String.format("%.5f, %.5f", answer.latitude(),
                    answer.longitude()));
            case PHONE -> PhoneNumber.parse(answer.text()).map(PhoneNumber::display).orElse(answer.text());
            default -> answer.text();
        };
    }

    private void rememberPhone(Turn turn, PhoneNumber phone) {
        Resident resident = residents.findById(turn.residentId).orElseGet(() -> new Resident(turn.residentId, turn.now));
        resident.rememberPhone(phone.digits());
        residents.save(resident);
    }

    /** Why a photo could not be taken, in the resident's words. */
    String problem(Input.PhotoProblem problem) {
        return switch (problem) {
            case TOO_LARGE -> texts.get("conversation.photo.too-large");
            case NOT_AN_IMAGE -> texts.get("conversation.photo.not-image");
            case UNREADABLE -> texts.get("conversation.photo.unreadable");
        };
    }

    private String limit(String text) {
        return text.length() > FieldSpec.MAX_TEXT ? text.substring(0, FieldSpec.MAX_TEXT) : text;
    }

    private static String shorten(String text) {
        return shortenTo(text, 30);
    }

    private static String shortenTo(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    private static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                out.add(value.strip());
            }
        }
        return out;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A button of this form: a tap on it counts only while the form is open. */
    private static Postback button(State.Form form, Postback.FormAction action) {
        return new Postback.Form(form.id, action);
    }

    /** A date in the field's range is answered, shown in the Buddhist Era; one outside it is asked again. */
    private void answerDate(Turn turn, State.Form form, ServiceView service, FieldSpec field, LocalDate date) {
        if (!field.dates().allows(date, ThaiDates.toDate(turn.now))) {
            ask(turn, service, texts.get(field.dates() == DateRange.PAST ? "conversation.form.date.future"
                    : "conversation.form.date.past", ThaiDates.longDate(date)));
        } else {
            answer(turn, form, field, State.Answer.text(ThaiDates.longDate(date)), null);
        }
    }

    private static @Nullable LocalDate parseIso(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
