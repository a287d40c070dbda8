package th.tambondesk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Searches every text and binary column of every table, as someone reading a database dump would. */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** "table.column" for every column that holds the text, as text or as UTF-8 bytes. */
    public static List<String> columnsContaining(JdbcTemplate jdbc, String needle) {
        byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                 where lower(table_schema) = 'public'
                """);
        for (Map<String, Object> column : columns) {
            String table = String.valueOf(column.get("table_name"));
            String name = String.valueOf(column.get("column_name"));
            String type = String.valueOf(column.get("data_type")).toLowerCase(Locale.ROOT);
            if (type.contains("char") || type.equals("text") || type.contains("clob")) {
                Integer hits = jdbc.queryForObject("select count(*) from " + table + " where " + name + " like ?",
                        Integer.class, "%" + needle + "%");
                if (hits != null && hits > 0) {
                    found.add(table + "." + name);
                }
            } else if (type.contains("binary") || type.equals("bytea") || type.contains("blob")) {
                for (byte[] value : jdbc.queryForList("select " + name + " from " + table, byte[].class)) {
                    if (value != null && indexOf(value, bytes) >= 0) {
                        found.add(table + "." + name);
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
