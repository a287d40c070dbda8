package th.tambondesk.stats;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table as the SAO publishes it (title lines, a header, rows, totals at the end), written as CSV or as an XLSX
 * sheet. Cells are text, whole numbers ({@link Long}), {@link Decimal} or {@link Percent}; null is an empty cell.
 *
 * @param totals how many of the last rows are totals (printed bold)
 */
record Table(String sheet, List<String> title, List<String> header, List<List<Object>> rows, int totals,
             List<String> notes) {

    /** A number with one decimal, e.g. days. */
    record Decimal(double value) {
    }

    /** A share between 0 and 1, shown as a percentage with one decimal. */
    record Percent(double value) {
    }

    static @Nullable Object decimal(@Nullable Double value) {
        return value == null ? null : new Decimal(value);
    }

    static @Nullable Object percent(@Nullable Double value) {
        return value == null ? null : new Percent(value);
    }
}
