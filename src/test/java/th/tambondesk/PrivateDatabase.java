package th.tambondesk;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of a test's own for migrating step by step with Flyway: a private in-memory H2, or, when the run is
 * configured for PostgreSQL ({@code TAMBONDESK_DB_URL}), a fresh schema there, dropped on {@link #close}.
 */
public final class PrivateDatabase implements AutoCloseable {

    private static final String URL = System.getenv("TAMBONDESK_DB_URL");
    private static final boolean POSTGRES = URL != null && URL.startsWith("jdbc:postgresql:");

    private final DataSource dataSource;
    private final Runnable drop;

    private PrivateDatabase(DataSource dataSource, Runnable drop) {
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /** A new, empty database (on PostgreSQL the schema {@code name}, dropped and made again). */
    public static PrivateDatabase create(String name) {
        if (!POSTGRES) {
            DataSource memory = new DriverManagerDataSource("jdbc:h2:mem:" + name + System.nanoTime()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            return new PrivateDatabase(memory, () -> new JdbcTemplate(memory).execute("shutdown"));
        }
        String user = System.getenv("TAMBONDESK_DB_USER");
        String password = System.getenv().getOrDefault("TAMBONDESK_DB_PASSWORD", "");
        JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(URL, user, password));
        admin.execute("drop schema if exists " + name + " cascade; create schema " + name);
        // Dropped afterwards: the rest of the suite counts and vacuums tables by name.
        return new PrivateDatabase(new DriverManagerDataSource(
                URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name, user, password),
                () -> admin.execute("drop schema if exists " + name + " cascade"));
    }

    /** Applies the application's migrations up to and including {@code version}, or all when it is null. */
    public PrivateDatabase migrateTo(String version) {
        var flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (POSTGRES ? "postgresql" : "h2"));
        (version == null ? flyway : flyway.target(version)).load().migrate();
        return this;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    @Override
    public void close() {
        drop.run();
    }
}
