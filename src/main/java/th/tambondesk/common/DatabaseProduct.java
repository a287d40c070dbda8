package th.tambondesk.common;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the application talks to, for the few places that need SQL of their own for PostgreSQL. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** Asks the database (so it must be reachable); callers keep the answer. */
    public static boolean isPostgresql(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())));
    }
}
