package th.tambondesk.catalog;

import java.util.List;

/**
 * One detail a service asks for.
 *
 * @param prefill a text field that takes the message which named the service
 * @param max     the most photos a photo field takes
 * @param options the choices of a choice field
 * @param dates   which dates a date field takes (a birth date offers no "today" button and refuses the future)
 */
public record FieldSpec(String key, FieldType type, String label, String question, boolean required, boolean prefill,
                        int max, List<String> options, DateRange dates) {

    public FieldSpec {
        options = options == null ? List.of() : List.copyOf(options);
        dates = dates == null ? DateRange.ANY : dates;
    }
}
