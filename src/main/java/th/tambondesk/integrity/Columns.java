package th.tambondesk.integrity;

import java.util.Map;
import java.util.Objects;

/** Values of a row read with {@code queryForList}, from columns that are {@code not null}. */
final class Columns {

    private Columns() {
    }

    static String text(Map<String, Object> row, String column) {
        return (String) value(row, column);
    }

    static long number(Map<String, Object> row, String column) {
        return ((Number) value(row, column)).longValue();
    }

    static byte[] bytes(Map<String, Object> row, String column) {
        return (byte[]) value(row, column);
    }

    static boolean flag(Map<String, Object> row, String column) {
        return (Boolean) value(row, column);
    }

    private static Object value(Map<String, Object> row, String column) {
        return Objects.requireNonNull(row.get(column), column);
    }
}
