package th.tambondesk.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Contract;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseStatus;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.PublicCase;
import th.tambondesk.cases.PublicCases;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.CategoryView;
import th.tambondesk.catalog.DivisionView;
import th.tambondesk.catalog.FieldSpec;
import th.tambondesk.catalog.FieldType;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.PhoneNumber;
import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2), realtime type: the services, their attributes from the
 * form fields, the public requests with the specification's filters, and new requests with an API key.
 *
 * <p>Only services about public things (those that look for duplicates nearby, such as a street light or a road)
 * have their requests listed, with place and description; the rest are a person's own matter and are marked
 * "private" in their keywords, as FixMyStreet does. No listing holds a name, phone number, e-mail, LINE id or
 * photo, and integrity reports are not cases at all.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    static final int MAX_REQUESTS = 1000;
    static final Duration DEFAULT_SPAN = Duration.ofDays(90);
    private static final Pattern PHONE_LIKE = Pattern.compile("(?:\\+?66|0)[\\d\\s\\-]{8,11}\\d");
    private static final Pattern URL = Pattern.compile("https?://\\S{1,490}");

    private final Catalog catalog;
    private final Cases cases;
    private final PublicCases publicCases;
    private final Open311Keys keys;
    private final PostLimit limit;
    private final Texts texts;
    private final java.time.Clock clock;

    Open311Controller(Catalog catalog, Cases cases, PublicCases publicCases, Open311Keys keys, PostLimit limit,
                      Texts texts, java.time.Clock clock) {
        this.catalog = catalog;
        this.cases = cases;
        this.publicCases = publicCases;
        this.keys = keys;
        this.limit = limit;
        this.texts = texts;
        this.clock = clock;
    }

    // --- services -------------------------------------------------------------------------------------------------

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        GeoReport out = format(format);
        Map<String, String> groups = catalog.categories().stream()
                .collect(Collectors.toMap(CategoryView::code, CategoryView::name, (a, b) -> a));
        List<GeoReport.Element> services = new ArrayList<>();
        for (ServiceView s : catalog.allServices()) {
            services.add(GeoReport.Element.of("service")
                    .with("service_code", s.code())
                    .with("service_name", s.name())
                    .with("description", s.description())
                    .with("metadata", !attributes(s).isEmpty())
                    .with("type", "realtime")
                    .with("keywords", listed(s) ? s.kind().name().toLowerCase() : s.kind().name().toLowerCase()
                            + ", private")
                    .with("group", groups.getOrDefault(s.categoryCode(), s.categoryCode())));
        }
        return ok(out, out.list("services", services));
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
        GeoReport out = format(format);
        ServiceView service = active(code);
        List<GeoReport.Element> attributes = new ArrayList<>();
        int order = 1;
        for (FieldSpec field : attributes(service)) {
            GeoReport.Element attribute = GeoReport.Element.of("attribute")
                    .with("variable", true)
                    .with("code", field.key())
                    .with("datatype", switch (field.type()) {
                        case CHOICE -> "singlevaluelist";
                        case DATE -> "datetime";
                        default -> "text";
                    })
                    .with("required", field.required())
                    .with("datatype_description", field.type() == FieldType.DATE ? texts.get("open311.date.hint")
                            : null)
                    .with("order", order++)
                    .with("description", field.question());
            if (field.type() == FieldType.CHOICE) {
                attribute.with("values", field.options().stream()
                        .map(o -> GeoReport.Element.of("value").with("key", o).with("name", o))
                        .toList());
            }
            attributes.add(attribute);
        }
        return ok(out, out.single(GeoReport.Element.of("service_definition")
                .with("service_code", service.code())
                .with("attributes", attributes)));
    }

    // --- requests -------------------------------------------------------------------------------------------------

    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format,
                                    @RequestParam(name = "service_request_id", required = false) @Nullable String ids,
                                    @RequestParam(name = "service_code", required = false) @Nullable String serviceCodes,
                                    @RequestParam(name = "start_date", required = false) @Nullable String startDate,
                                    @RequestParam(name = "end_date", required = false) @Nullable String endDate,
                                    @RequestParam(required = false) @Nullable String status) {
        GeoReport out = format(format);
        Set<String> listed = listedServices();
        List<PublicCase> found;
        if (!blank(ids)) {
            // The specification: a list of ids overrides every other argument.
            found = publicCases.find(listed, split(ids), null, null, null, MAX_REQUESTS);
        } else {
            Set<String> services = blank(serviceCodes) ? listed
                    : split(serviceCodes).stream().filter(listed::contains).collect(Collectors.toSet());
            Instant end = blank(endDate) ? null : instant("end_date", endDate, true);
            Instant start = blank(startDate) ? null : instant("start_date", startDate, false);
            if (start == null && end == null) {
                start = clock.instant().minus(DEFAULT_SPAN);
            } else if (start == null) {
                start = java.util.Objects.requireNonNull(end).minus(DEFAULT_SPAN);
            } else if (end != null && Duration.between(start, end).compareTo(DEFAULT_SPAN) > 0) {
                throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.span"));
            }
            found = publicCases.find(services, List.of(), start, end, status(status), MAX_REQUESTS);
        }
        return ok(out, out.list("service_requests", found.stream().map(this::request).toList()));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
        GeoReport out = format(format);
        List<PublicCase> found = publicCases.find(listedServices(), List.of(id), null, null, null, 1);
        if (found.isEmpty()) {
            throw new Problem(HttpStatus.NOT_FOUND, texts.get("open311.error.request", id));
        }
        return ok(out, out.list("service_requests", List.of(request(found.get(0)))));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        GeoReport out = format(format);
        Open311Keys.KeyView key = keys.check(form.getFirst("api_key"))
                .orElseThrow(() -> new Problem(HttpStatus.FORBIDDEN, texts.get("open311.error.api-key")));
        if (!limit.allow(key.id())) {
            throw new Problem(HttpStatus.TOO_MANY_REQUESTS, texts.get("open311.error.too-many"));
        }
        String code = form.getFirst("service_code");
        if (blank(code)) {
            throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.required", "service_code"));
        }
        ServiceView service = active(code);

        List<OpenCase.Detail> details = new ArrayList<>();
        String description = text(form, "description", 4000);
        Optional<FieldSpec> prefill = service.fields().stream()
                .filter(f -> f.type() == FieldType.TEXT && f.prefill()).findFirst();
        for (FieldSpec field : service.fields()) {
            String value = switch (field.type()) {
                case TEXT -> field.equals(prefill.orElse(null)) && description != null ? description
                        : attribute(form, field.key());
                case CHOICE -> choice(field, attribute(form, field.key()));
                case DATE -> date(field, attribute(form, field.key()));
                default -> null;
            };
            if (value != null) {
                details.add(new OpenCase.Detail(field.label(), value));
            } else if (field.required() && (field.type() == FieldType.TEXT || field.type() == FieldType.CHOICE
                    || field.type() == FieldType.DATE)) {
                throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.required",
                        field.equals(prefill.orElse(null)) ? "description" : "attribute[" + field.key() + "]"));
            }
        }
        if (description != null && prefill.isEmpty()) {
            details.add(new OpenCase.Detail(texts.get("open311.detail.description"), description));
        }

        OpenCase.Place place = place(form, service);
        String phone = phone(form, service);
        String email = text(form, "email", 200);
        if (email != null) {
            details.add(new OpenCase.Detail(texts.get("open311.detail.email"), email));
        }
        String media = text(form, "media_url", 500);
        if (media != null && URL.matcher(media).matches()) {
            details.add(new OpenCase.Detail(texts.get("open311.detail.media"), media));
        }
        details.add(new OpenCase.Detail(texts.get("open311.detail.source"), key.name()));
        String name = String.join(" ", nonBlank(text(form, "first_name", 100), text(form, "last_name", 100)));

        CaseView opened = cases.open(new OpenCase(UUID.randomUUID().toString(), service.code(), CaseChannel.OPEN311,
                null, name.isEmpty() ? null : name, phone, details, place, List.of()));
        String notice = service.standardTime().known()
                ? texts.get("open311.notice.due", opened.divisionName(), ThaiDates.longDate(opened.dueDate()),
                opened.trackingCode())
                : texts.get("open311.notice.unknown", opened.divisionName(), opened.trackingCode());
        return ok(out, out.list("service_requests", List.of(GeoReport.Element.of("request")
                .with("service_request_id", opened.trackingCode())
                .with("service_notice", notice)
                .with("account_id", text(form, "account_id", 100)))));
    }

    // --- errors ---------------------------------------------------------------------------------------------------

    /** An error the specification's way: its HTTP status and an errors list in the format asked for. */
    static final class Problem extends RuntimeException {

        final HttpStatus status;

        Problem(HttpStatus status, String description) {
            super(description, null, false, false);
            this.status = status;
        }
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<String> problem(Problem problem, jakarta.servlet.http.HttpServletRequest request) {
        GeoReport out = request.getRequestURI().endsWith(".xml") ? GeoReport.XML : GeoReport.JSON;
        return ResponseEntity.status(problem.status).contentType(out.mediaType)
                .body(out.list("errors", List.of(GeoReport.Element.of("error")
                        .with("code", problem.status.value())
                        .with("description", problem.getMessage()))));
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(org.springframework.web.bind.MissingServletRequestParameterException e,
                                   jakarta.servlet.http.HttpServletRequest request) {
        return problem(new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.required", e.getParameterName())),
                request);
    }

    // --- mapping --------------------------------------------------------------------------------------------------

    private GeoReport.Element request(PublicCase c) {
        String statusNotes = c.status() == CaseStatus.MERGED && c.mergedIntoCode() != null
                ? texts.get("open311.status.merged", c.mergedIntoCode())
                : texts.get(c.status().messageKey());
        Optional<ServiceView> service = catalog.service(c.serviceCode());
        boolean promised = service.map(s -> s.standardTime().known()).orElse(false);
        return GeoReport.Element.of("request")
                .with("service_request_id", c.trackingCode())
                .with("status", c.status().closed() ? "closed" : "open")
                .with("status_notes", statusNotes)
                .with("service_name", c.serviceName())
                .with("service_code", c.serviceCode())
                .with("description", description(c, service))
                .with("agency_responsible", catalog.division(c.divisionCode()).map(DivisionView::name)
                        .orElse(c.divisionCode()))
                .with("service_notice", null)
                .with("requested_datetime", GeoReport.date(c.createdAt()))
                .with("updated_datetime", GeoReport.date(c.updatedAt()))
                .with("expected_datetime", promised && !c.status().closed()
                        ? GeoReport.date(c.dueDate().plusDays(1).atStartOfDay(ThaiDates.ZONE).toInstant().minusSeconds(1))
                        : null)
                .with("address", c.place())
                .with("address_id", null)
                .with("zipcode", null)
                .with("lat", round(c.latitude()))
                .with("long", round(c.longitude()))
                .with("media_url", null);
    }

    /**
     * What the resident wrote about the problem: the answers to the service's text and choice questions only (not
     * an e-mail or the reporting system's name), without anything shaped like a phone number.
     */
    private String description(PublicCase c, Optional<ServiceView> service) {
        Set<String> labels = service.map(s -> s.fields().stream()
                .filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.CHOICE)
                .map(FieldSpec::label).collect(Collectors.toSet())).orElseGet(java.util.HashSet::new);
        labels.add(texts.get("open311.detail.description"));
        String text = c.details().stream().filter(d -> labels.contains(d.label())).map(OpenCase.Detail::value)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" / "));
        text = PHONE_LIKE.matcher(text).replaceAll("***");
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    /** The fields another system fills as attributes: what the chat asks in words (not place, photo or phone). */
    private static List<FieldSpec> attributes(ServiceView service) {
        return service.fields().stream()
                .filter(f -> f.type() == FieldType.CHOICE || f.type() == FieldType.DATE
                        || (f.type() == FieldType.TEXT && !f.prefill()))
                .toList();
    }

    /** Services about a public thing: their requests are listed for everyone. */
    private static boolean listed(ServiceView service) {
        return service.nearbyRadiusMetres() > 0;
    }

    private Set<String> listedServices() {
        return catalog.allServicesIncludingClosed().stream().filter(Open311Controller::listed)
                .map(ServiceView::code).collect(Collectors.toSet());
    }

    private ServiceView active(String code) {
        return catalog.allServices().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, texts.get("open311.error.service", code)));
    }

    private OpenCase.@Nullable Place place(MultiValueMap<String, String> form, ServiceView service) {
        String lat = form.getFirst("lat");
        String lon = form.getFirst("long");
        String address = text(form, "address_string", 500);
        Double latitude = null;
        Double longitude = null;
        if (!blank(lat) || !blank(lon)) {
            try {
                latitude = Double.parseDouble(lat.strip());
                longitude = Double.parseDouble(lon.strip());
            } catch (RuntimeException e) {
                throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.invalid", "lat/long", lat + ","
                        + lon));
            }
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || latitude.isNaN() || longitude.isNaN()) {
                throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.invalid", "lat/long", lat + ","
                        + lon));
            }
        }
        boolean located = latitude != null || address != null;
        boolean needed = service.fields().stream().anyMatch(f -> f.type() == FieldType.LOCATION && f.required());
        if (!located && needed) {
            throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.location"));
        }
        return located ? new OpenCase.Place(latitude, longitude, address) : null;
    }

    private @Nullable String phone(MultiValueMap<String, String> form, ServiceView service) {
        String typed = text(form, "phone", 30);
        boolean needed = service.fields().stream().anyMatch(f -> f.type() == FieldType.PHONE && f.required());
        if (typed == null) {
            if (needed) {
                throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.required", "phone"));
            }
            return null;
        }
        return PhoneNumber.parse(typed).map(PhoneNumber::digits)
                .orElseThrow(() -> new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.invalid", "phone",
                        typed)));
    }

    private @Nullable String choice(FieldSpec field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (!field.options().contains(value)) {
            throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.invalid", "attribute[" + field.key()
                    + "]", value));
        }
        return value;
    }

    private @Nullable String date(FieldSpec field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = value.length() <= 10 ? LocalDate.parse(value)
                    : OffsetDateTime.parse(value).atZoneSameInstant(ThaiDates.ZONE).toLocalDate();
            LocalDate today = ThaiDates.toDate(clock.instant());
            if (field.dates() == th.tambondesk.catalog.DateRange.PAST && date.isAfter(today)
                    || field.dates() == th.tambondesk.catalog.DateRange.FUTURE && date.isBefore(today)) {
                throw new DateTimeParseException("outside the field's range", value, 0);
            }
            return ThaiDates.longDate(date);
        } catch (DateTimeParseException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.invalid", "attribute[" + field.key()
                    + "]", value));
        }
    }

    /** {@code attribute[code]}, or the values of {@code attribute[code][]} joined. */
    private static @Nullable String attribute(MultiValueMap<String, String> form, String code) {
        List<String> values = new ArrayList<>();
        Optional.ofNullable(form.get("attribute[" + code + "]")).ifPresent(values::addAll);
        Optional.ofNullable(form.get("attribute[" + code + "][]")).ifPresent(values::addAll);
        String joined = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined.length() > 4000 ? joined.substring(0, 4000) : joined;
    }

    private Instant instant(String name, String value, boolean end) {
        try {
            if (value.length() <= 10) {
                LocalDate date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date).atStartOfDay(ThaiDates.ZONE).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.invalid", name, value));
        }
    }

    private @Nullable Boolean status(@Nullable String value) {
        if (blank(value)) {
            return null;
        }
        Set<String> wanted = split(value);
        boolean open = wanted.contains("open");
        boolean closed = wanted.contains("closed");
        if (!open && !closed || wanted.size() > (open ? 1 : 0) + (closed ? 1 : 0)) {
            throw new Problem(HttpStatus.BAD_REQUEST, texts.get("open311.error.invalid", "status", value));
        }
        return open && closed ? null : open;
    }

    private GeoReport format(String extension) {
        GeoReport format = GeoReport.of(extension);
        if (format == null) {
            throw new Problem(HttpStatus.NOT_FOUND, texts.get("open311.error.format"));
        }
        return format;
    }

    private static ResponseEntity<String> ok(GeoReport format, String body) {
        return ResponseEntity.ok().contentType(format.mediaType).body(body);
    }

    private static @Nullable String text(MultiValueMap<String, String> form, String name, int max) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static Set<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .limit(MAX_REQUESTS).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> nonBlank(@Nullable String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    @Contract("null -> true")
    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** Five decimals: about a metre, enough to find the spot. */
    private static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : Math.round(value * 100_000) / 100_000.0;
    }
}
