package th.tambondesk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Loads the catalogue file into an empty database at start-up. A file with a mistake stops the start with a message
 * that names the entry, so a bad edit never reaches residents.
 */
@Component
class CatalogSeed implements InitializingBean {

    /** How catalogue files written before {@code needsDocuments} said that a service needs none. */
    private static final String NO_DOCUMENTS = "ไม่ต้องใช้เอกสาร";

    private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);

    private final CatalogProperties properties;
    private final ResourceLoader resources;
    private final Divisions divisions;
    private final Categories categories;
    private final EServices services;
    private final FaqEntries faq;
    private final Holidays holidays;
    private final FixedHolidays fixedHolidays;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final CatalogSnapshots snapshots;

    CatalogSeed(CatalogProperties properties, ResourceLoader resources, Divisions divisions, Categories categories,
                EServices services, FaqEntries faq, Holidays holidays, FixedHolidays fixedHolidays,
                TransactionTemplate transaction, JdbcTemplate jdbc, CatalogSnapshots snapshots) {
        this.properties = properties;
        this.resources = resources;
        this.divisions = divisions;
        this.categories = categories;
        this.services = services;
        this.faq = faq;
        this.holidays = holidays;
        this.fixedHolidays = fixedHolidays;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    // --- the file's shape ---------------------------------------------------------------------------------------

    /** {@code complaintChannel}: where to complain about a service that does not name its own. */
    record SeedFile(String complaintChannel, List<SeedDivision> divisions, List<SeedCategory> categories,
                    List<SeedFaq> faq, List<SeedHoliday> holidays, List<SeedFixedHoliday> fixedHolidays) {
    }

    record SeedDivision(String code, String name, String duties, Boolean verified) {
    }

    record SeedCategory(String code, String name, List<SeedService> services) {
    }

    record SeedService(String code, String kind, String name, String description, String whoMayAsk, String division,
                       List<String> documents, List<Step> steps, SeedTime standardTime, SeedFee fee,
                       String complaintChannel, List<String> keywords, List<SeedField> fields,
                       Integer nearbyRadius, Boolean needsDocuments) {
    }

    /** A fee as the citizen manual states it; {@code verified: false} until the SAO confirms it. */
    record SeedFee(String text, Boolean verified) {
    }

    record SeedTime(Integer days, String label, String basis) {
    }

    record SeedField(String key, String type, String label, String question, Boolean required, Boolean prefill,
                     Integer max, List<String> options, String dates) {
    }

    record SeedFaq(String code, String question, String answer, List<String> requires, List<String> keywords,
                   Boolean verified) {
    }

    record SeedHoliday(LocalDate date, String name, Boolean verified) {
    }

    record SeedFixedHoliday(Integer month, Integer day, String name) {
    }

    // --- loading ----------------------------------------------------------------------------------------------------

    /**
     * Adds every entry of the file the database has never had. Entries loaded once are left alone afterwards, so
     * edits and deletions in the admin pages stay; a new version of the file brings only its new entries. A file
     * already loaded byte for byte (its SHA-256 is recorded) is not read again, so a restart does not pay for it.
     */
    @Override
    public void afterPropertiesSet() {
        byte[] file = bytes(properties.seed());
        String digest = digest(file);
        if (loaded(digest)) {
            snapshots.changed();
            return;
        }
        SeedFile seed = parse(new java.io.ByteArrayInputStream(file), properties.seed());
        Integer added = transaction.execute(status -> {
            int stored = store(seed);
            jdbc.update("insert into catalog_seed_entry (kind, code) select 'file', ? where not exists "
                    + "(select 1 from catalog_seed_entry where kind = 'file' and code = ?)", digest, digest);
            return stored;
        });
        snapshots.changed();
        if (added != null && added > 0) {
            log.info("Catalogue {}: added {} new entries ({} services in the file)", properties.seed(), added,
                    seed.categories().stream().mapToInt(c -> c.services().size()).sum());
        }
    }

    /** Reads and checks a catalogue file; every mistake is reported with the entry it is in. */
    static SeedFile parse(InputStream in, String name) {
        Map<String, Object> raw;
        try {
            LoaderOptions options = new LoaderOptions();
            raw = new Yaml(new SafeConstructor(options)).load(in);
        } catch (RuntimeException e) {
            throw invalid(name, "not valid YAML: " + e.getMessage());
        }
        if (raw == null) {
            throw invalid(name, "the file is empty");
        }
        ObjectMapper json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        SeedFile seed;
        try {
            seed = json.convertValue(normalizeDates(raw), SeedFile.class);
        } catch (IllegalArgumentException e) {
            throw invalid(name, String.valueOf(e.getMessage()));
        }
        List<String> problems = check(seed);
        if (!problems.isEmpty()) {
            throw invalid(name, String.join("; ", problems));
        }
        return seed;
    }

    private byte[] bytes(String location) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw invalid(location, "file not found");
        }
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw invalid(location, String.valueOf(e.getMessage()));
        }
    }

    /** Base64url of the file's SHA-256: 43 characters, within the entry table's code column. */
    private static String digest(byte[] file) {
        try {
            return java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(file));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean loaded(String digest) {
        Integer seen = jdbc.queryForObject(
                "select count(*) from catalog_seed_entry where kind = 'file' and code = ?", Integer.class, digest);
        return seen != null && seen > 0;
    }

    private int store(SeedFile seed) {
        int added = 0;
        int position = 0;
        for (SeedDivision d : seed.divisions()) {
            if (isNew("division", d.code(), divisions.existsById(d.code()))) {
                divisions.save(new Division(d.code(), d.name(), d.duties(), !Boolean.FALSE.equals(d.verified()),
                        position));
                added++;
            }
            position++;
        }
        position = 0;
        int servicePosition = 0;
        for (SeedCategory c : seed.categories()) {
            if (isNew("category", c.code(), categories.existsById(c.code()))) {
                categories.save(new ServiceCategory(c.code(), c.name(), position));
                added++;
            }
            position++;
            for (SeedService s : c.services()) {
                if (isNew("service", s.code(), services.existsById(s.code()))) {
                    services.save(new EService(s.code(), c.code(), s.division(), s.name(), s.description(),
                            s.whoMayAsk(), orEmpty(s.documents()), orEmpty(s.steps()), fields(s),
                            orEmpty(s.keywords()), Objects.requireNonNull(time(s.standardTime()),
                            "checkService refuses a service without a standard time"),
                            servicePosition, kind(s),
                            s.fee() == null ? null : s.fee().text(), s.fee() != null && !Boolean.FALSE.equals(
                            s.fee().verified()), s.complaintChannel() == null ? seed.complaintChannel()
                            : s.complaintChannel(), s.nearbyRadius(), needsDocuments(s)));
                    added++;
                }
                servicePosition++;
            }
        }
        position = 0;
        for (SeedFaq f : orEmpty(seed.faq())) {
            if (isNew("faq", f.code(), faq.existsById(f.code()))) {
                faq.save(new FaqEntry(f.code(), f.question(), f.answer(), orEmpty(f.requires()), orEmpty(f.keywords()),
                        position, !Boolean.FALSE.equals(f.verified())));
                added++;
            }
            position++;
        }
        for (SeedHoliday h : orEmpty(seed.holidays())) {
            if (isNew("holiday", h.date().toString(), holidays.existsById(h.date()))) {
                holidays.save(new Holiday(h.date(), h.name(), !Boolean.FALSE.equals(h.verified())));
                added++;
            }
        }
        for (SeedFixedHoliday h : orEmpty(seed.fixedHolidays())) {
            if (isNew("fixed", h.month() + "-" + h.day(), false)) {
                fixedHolidays.save(new FixedHoliday(h.month(), h.day(), h.name()));
                added++;
            }
        }
        return added;
    }

    /** True the first time an entry of the file is seen; from then on it is the database's. */
    private boolean isNew(String kind, String code, boolean alreadyInDatabase) {
        Integer seen = jdbc.queryForObject("select count(*) from catalog_seed_entry where kind = ? and code = ?",
                Integer.class, kind, code);
        if (seen != null && seen > 0) {
            return false;
        }
        jdbc.update("insert into catalog_seed_entry (kind, code) values (?, ?)", kind, code);
        return !alreadyInDatabase;
    }

    // What a service of the file says, read the same way for storing it and for checking it: a value the file
    // misspelled reads as null here, and checkService reports it before anything is stored. These readers build
    // such unchecked values on purpose, hence the NullAway exceptions.

    @SuppressWarnings("NullAway") // unchecked until checkService
    private static ServiceKind kind(SeedService service) {
        return parse(ServiceKind.class, service.kind() == null ? "request" : service.kind());
    }

    private static List<FieldSpec> fields(SeedService service) {
        return orEmpty(service.fields()).stream().map(CatalogSeed::field).toList();
    }

    @SuppressWarnings("NullAway") // unchecked until checkService
    private static FieldSpec field(SeedField f) {
        DateRange dates = f.dates() == null ? DateRange.ANY : parse(DateRange.class, f.dates());
        return new FieldSpec(f.key(), parse(FieldType.class, String.valueOf(f.type())), f.label(), f.question(),
                Boolean.TRUE.equals(f.required()), Boolean.TRUE.equals(f.prefill()), f.max() == null ? 1 : f.max(),
                f.options(), dates == null ? DateRange.ANY : dates);
    }

    @SuppressWarnings("NullAway") // unchecked until checkService
    private static @Nullable StandardTime time(@Nullable SeedTime time) {
        return time == null || time.basis() == null ? null
                : new StandardTime(time.days(), time.label(), parse(StandardTime.Basis.class, time.basis()));
    }

    // --- checking -----------------------------------------------------------------------------------------------------

    private static List<String> check(SeedFile seed) {
        List<String> problems = new ArrayList<>();
        Set<String> divisionCodes = new HashSet<>();
        if (seed.divisions() == null || seed.divisions().isEmpty()) {
            problems.add("no divisions");
        } else {
            for (SeedDivision d : seed.divisions()) {
                String at = "division '" + d.code() + "'";
                code(d.code(), at, problems);
                required(d.name(), at, "name", problems);
                required(d.duties(), at, "duties", problems);
                if (!divisionCodes.add(d.code())) {
                    problems.add(at + ": listed twice");
                }
            }
        }
        Set<String> categoryCodes = new HashSet<>();
        Set<String> serviceCodes = new HashSet<>();
        if (seed.categories() == null || seed.categories().isEmpty()) {
            problems.add("no categories");
            return problems;
        }
        for (SeedCategory c : seed.categories()) {
            String at = "category '" + c.code() + "'";
            code(c.code(), at, problems);
            required(c.name(), at, "name", problems);
            label(c.name(), at, "name", problems);
            if (!categoryCodes.add(c.code())) {
                problems.add(at + ": listed twice");
            }
            if (c.services() == null || c.services().isEmpty()) {
                problems.add(at + ": no services");
                continue;
            }
            for (SeedService s : c.services()) {
                checkService(s, divisionCodes, serviceCodes, problems);
            }
        }
        for (SeedFaq f : orEmpty(seed.faq())) {
            String at = "faq '" + f.code() + "'";
            code(f.code(), at, problems);
            required(f.question(), at, "question", problems);
            required(f.answer(), at, "answer", problems);
            label(f.question(), at, "question", problems);
        }
        for (SeedHoliday h : orEmpty(seed.holidays())) {
            if (h.date() == null || h.name() == null || h.name().isBlank()) {
                problems.add("holiday " + h.date() + ": needs a date and a name");
            }
        }
        for (SeedFixedHoliday h : orEmpty(seed.fixedHolidays())) {
            try {
                LocalDate.of(2024, h.month(), h.day());
            } catch (RuntimeException e) {
                problems.add("fixed holiday " + h.month() + "/" + h.day() + " '" + h.name() + "': not a date");
            }
        }
        return problems;
    }

    @SuppressWarnings("NullAway") // checks a draft of what the file says, nulls and all
    private static void checkService(SeedService s, Set<String> divisionCodes, Set<String> serviceCodes,
                                     List<String> problems) {
        String at = "service '" + s.code() + "'";
        if (!serviceCodes.add(s.code())) {
            problems.add(at + ": listed twice");
        }
        // What the file must spell right; the rules of a service are then the admin's too (ServiceRules).
        ServiceKind kind = kind(s);
        if (kind == null) {
            problems.add(at + ": kind '" + s.kind() + "' is not request or complaint");
        }
        if (s.fee() != null && (s.fee().text() == null || s.fee().text().isBlank())) {
            problems.add(at + ": fee needs a text (e.g. ไม่มีค่าธรรมเนียม)");
        }
        StandardTime time = time(s.standardTime());
        if (time == null) {
            problems.add(at + ": standardTime.basis missing (law, confirmed, unverified or unknown)");
        } else if (time.basis() == null) {
            problems.add(at + ": standardTime.basis '" + s.standardTime().basis()
                    + "' is not law, confirmed, unverified or unknown");
        }
        for (SeedField f : orEmpty(s.fields())) {
            String fieldAt = at + ", field '" + f.key() + "'";
            if (parse(FieldType.class, String.valueOf(f.type())) == null) {
                problems.add(fieldAt + ": unknown type '" + f.type() + "' (text, location, photo, phone, date, choice)");
            }
            if (f.dates() != null && parse(DateRange.class, f.dates()) == null) {
                problems.add(fieldAt + ": dates is any, past or future, and only for a date field");
            }
        }
        ServiceEdit edit = new ServiceEdit(s.code(), null, kind, s.name(), s.description(), s.whoMayAsk(),
                s.division(), orEmpty(s.documents()), orEmpty(s.steps()), fields(s), orEmpty(s.keywords()), time, true,
                null, false, s.complaintChannel(), s.nearbyRadius(), true);
        for (ServiceRules.Broken broken : ServiceRules.check(edit, divisionCodes::contains)) {
            problems.add(at + (broken.field() == null ? "" : ", field '" + broken.field() + "'") + ": "
                    + broken.english());
        }
    }

    /**
     * Whether the service needs documents filed at the office: as the file says, or, in a file written before the
     * key existed (another SAO's copy), as such files meant it: documents listed, the first not saying that none
     * are needed.
     */
    static boolean needsDocuments(SeedService s) {
        if (s.needsDocuments() != null) {
            return s.needsDocuments();
        }
        List<String> documents = orEmpty(s.documents());
        return !documents.isEmpty() && !documents.get(0).startsWith(NO_DOCUMENTS);
    }

    /** The constant its name (in any case) spells, or null. */
    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void code(String code, String at, List<String> problems) {
        if (code == null || !ServiceRules.CODE.matcher(code).matches()) {
            problems.add(at + ": code must be lower-case letters, digits and dashes");
        }
    }

    private static void required(String value, String at, String what, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(at + ": " + what + " is missing");
        }
    }

    private static void label(String value, String at, String what, List<String> problems) {
        if (!Labels.fits(value)) {
            problems.add(at + ": " + what + " '" + value + "' is " + value.length() + " characters; a LINE button shows "
                    + Labels.MAX);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** SnakeYAML reads 2025-01-01 as a java.util.Date; the records want ISO text. */
    @SuppressWarnings("unchecked")
    private static Object normalizeDates(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalizeDates(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(CatalogSeed::normalizeDates).toList();
        }
        if (node instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return node;
    }

    private static IllegalStateException invalid(String name, String problem) {
        return new IllegalStateException("Catalogue file " + name + " is invalid: " + problem);
    }
}
