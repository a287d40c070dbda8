package th.tambondesk.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rules every service of the catalogue keeps, whether it comes from the catalogue file ({@link CatalogSeed}) or
 * the admin's page ({@link CatalogAdmin}): one list, so neither can let through what the other refuses. Values the
 * file could not even read (an unknown field type, a basis that is no basis) arrive as null and are the file's to
 * report; the rules that need them are skipped.
 */
final class ServiceRules {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 12;
    static final int MAX_PHOTOS = 10;

    /**
     * A rule the service breaks.
     *
     * @param field   the key of the field it concerns, or null for the service itself
     * @param key     the admin page's message (admin.invalid.*), which takes {@code value}
     * @param english what the catalogue file's error says
     */
    record Broken(@Nullable String field, String key, String value, String english) {
    }

    private ServiceRules() {
    }

    static List<Broken> check(ServiceEdit s, Predicate<String> divisionExists) {
        List<Broken> broken = new ArrayList<>();
        if (s.code() == null || !CODE.matcher(s.code()).matches()) {
            broken.add(new Broken(null, "admin.invalid.code", String.valueOf(s.code()),
                    "code must be lower-case letters, digits and dashes"));
        }
        required(s.name(), "name", s.code(), broken);
        required(s.description(), "description", s.code(), broken);
        required(s.whoMayAsk(), "whoMayAsk", s.code(), broken);
        if (Labels.onButton(s.kind(), s.code())) {
            label(null, s.name(), "name (shown on the complaint menu's buttons)", broken);
        }
        if (!divisionExists.test(s.divisionCode())) {
            broken.add(new Broken(null, "admin.invalid.division", s.divisionCode(),
                    "division '" + s.divisionCode() + "' is not in divisions"));
        }
        if (s.steps() == null || s.steps().isEmpty()) {
            broken.add(new Broken(null, "admin.invalid.steps", s.code(), "no steps"));
        }
        if (s.nearbyRadius() != null && (s.nearbyRadius() < 0 || s.nearbyRadius() > ServiceView.MAX_RADIUS)) {
            broken.add(new Broken(null, "admin.invalid.radius", String.valueOf(ServiceView.MAX_RADIUS),
                    "nearbyRadius must be 0 to " + ServiceView.MAX_RADIUS + " metres"));
        }
        StandardTime time = s.standardTime();
        if (time != null && time.basis() != null && time.basis() != StandardTime.Basis.UNKNOWN
                && (time.days() == null || time.days() < 0 || time.label() == null || time.label().isBlank())) {
            broken.add(new Broken(null, "admin.invalid.time", s.code(),
                    "standardTime needs days and label unless its basis is unknown"));
        }
        if (s.fields() == null || s.fields().isEmpty()) {
            broken.add(new Broken(null, "admin.invalid.fields", s.code(), "no fields to ask"));
            return broken;
        }
        Set<String> keys = new HashSet<>();
        for (FieldSpec f : s.fields()) {
            checkField(f, keys, broken);
        }
        return broken;
    }

    private static void checkField(FieldSpec f, Set<String> keys, List<Broken> broken) {
        String key = f.key();
        if (key == null || !CODE.matcher(key).matches()) {
            broken.add(new Broken(key, "admin.invalid.field-key", String.valueOf(key),
                    "key must be lower-case letters, digits and dashes"));
        } else if (!keys.add(key)) {
            broken.add(new Broken(key, "admin.invalid.field-key", key, "listed twice"));
        }
        if (blank(f.label()) || blank(f.question())) {
            broken.add(new Broken(key, "admin.invalid.field-text", key,
                    (blank(f.label()) ? "label" : "question") + " is missing"));
        }
        label(key, f.label(), "label", broken);
        for (String option : f.options()) {
            label(key, option, "option", broken);
        }
        FieldType type = f.type();
        if (type == FieldType.CHOICE && (f.options().size() < MIN_OPTIONS || f.options().size() > MAX_OPTIONS)) {
            broken.add(new Broken(key, "admin.invalid.options", key,
                    "a choice needs " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options"));
        }
        if (type == FieldType.PHOTO && (f.max() < 1 || f.max() > MAX_PHOTOS)) {
            broken.add(new Broken(key, "admin.invalid.photos", key, "max photos must be 1 to " + MAX_PHOTOS));
        }
        if (type != null && type != FieldType.DATE && f.dates() != DateRange.ANY) {
            broken.add(new Broken(key, "admin.invalid.dates", key,
                    "dates is any, past or future, and only for a date field"));
        }
        if (type != null && type != FieldType.TEXT && f.prefill()) {
            broken.add(new Broken(key, "admin.invalid.prefill", key, "only a text field can be prefilled"));
        }
    }

    private static void required(String value, String what, String code, List<Broken> broken) {
        if (blank(value)) {
            broken.add(new Broken(null, "admin.invalid.required", String.valueOf(code), what + " is missing"));
        }
    }

    /** Text the chat puts on a button must fit LINE's 20 characters. */
    private static void label(@Nullable String field, String value, String what, List<Broken> broken) {
        if (!Labels.fits(value)) {
            broken.add(new Broken(field, "admin.invalid.label", value,
                    what + " '" + value + "' is " + value.length() + " characters; a LINE button shows " + Labels.MAX));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
