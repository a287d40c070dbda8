package th.tambondesk.catalog;

import java.util.List;

/**
 * One detail a service asks for, and what an answer to it must be, wherever it is given (the chat, the walk-in form).
 *
 * @param prefill a text field that takes the message which named the service
 * @param max     the most photos a photo field takes
 * @param options the choices of a choice field
 * @param dates   which dates a date field takes (a birth date offers no "today" button and refuses the future)
 */
public record FieldSpec(String key, FieldType type, String label, String question, boolean required, boolean prefill,
                        int max, List<String> options, DateRange dates) {

    /** The longest text answer: LINE's longest message, so nothing a resident sends in one message is cut. */
    public static final int MAX_TEXT = 5000;
    /** A place described in words: at least this long, to be findable ... */
    public static final int MIN_PLACE = 3;
    /** ... and at most this long. */
    public static final int MAX_PLACE = 500;

    public FieldSpec {
        options = options == null ? List.of() : List.copyOf(options);
        dates = dates == null ? DateRange.ANY : dates;
    }
}
