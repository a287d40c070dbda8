package th.tambondesk.stats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * CSV that Excel opens with Thai intact: UTF-8 with a byte order mark, CRLF, fields quoted when needed. A text cell
 * that starts like a formula (= + - @) gets a leading apostrophe, so a service name can never run as one.
 */
final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {
    }

    static byte[] write(Table table) {
        StringBuilder out = new StringBuilder();
        for (String line : table.title()) {
            row(out, List.of(line));
        }
        if (!table.title().isEmpty()) {
            out.append("\r\n");
        }
        row(out, List.copyOf(table.header()));
        for (List<Object> row : table.rows()) {
            row(out, row);
        }
        if (!table.notes().isEmpty()) {
            out.append("\r\n");
            for (String note : table.notes()) {
                row(out, List.of(note));
            }
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void row(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return cell.toString();
        }
        if (cell instanceof Table.Decimal decimal) {
            return String.format(Locale.ROOT, "%.1f", decimal.value());
        }
        if (cell instanceof Table.Percent percent) {
            return String.format(Locale.ROOT, "%.1f%%", percent.value() * 100);
        }
        String text = cell.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
