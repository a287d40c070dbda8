package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.tambondesk.common.AppKeys;

/**
 * The migrations of the security review that rewrite stored rows (V30 keyed pseudonyms, V31 integrity reports per
 * month), run over rows an older version wrote: on a private H2 database, or on a schema of its own in PostgreSQL
 * when the run is configured for it.
 */
class AnonymityMigrationsTest {

    @Test
    void oldRowsAreRekeyedSoAResidentKeepsOnePseudonymAndReportsMoveToTheirMonth() throws Exception {
        DataSource dataSource = privateDatabase();
        flyway(dataSource).target("29").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        ResidentRef resident = new ResidentRef(Channel.LINE, "U" + "4".repeat(32));
        String bareHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("LINE:" + resident.key()).getBytes(StandardCharsets.UTF_8)), 0, 16);
        Instant sent = Instant.parse("2026-11-30T18:30:00Z"); // 1 Dec 2026, 01:30 in Thailand
        jdbc.update("insert into interaction_log (channel, resident, direction, kind, occurred_at)"
                + " values ('LINE', ?, 'IN', 'TAP', ?)", bareHash, Timestamp.from(sent));
        jdbc.update("insert into interaction_log (channel, resident, direction, kind, occurred_at)"
                + " values ('LINE', null, 'IN', 'INTEGRITY_REPORT', ?)", Timestamp.from(sent));
        jdbc.update("insert into stats_resident_month (ym, who, resident) values ('2026-12', 'users', ?)", bareHash);

        flyway(dataSource).load().migrate();

        String now = new Pseudonyms(new AppKeys(jdbc)).of(resident);
        assertThat(now).isNotEqualTo(bareHash).hasSize(32);
        assertThat(jdbc.queryForObject("select resident from interaction_log where kind = 'TAP'", String.class))
                .isEqualTo(now);
        assertThat(jdbc.queryForObject("select resident from stats_resident_month", String.class)).isEqualTo(now);
        assertThat(jdbc.queryForObject("select occurred_at from interaction_log where kind = 'INTEGRITY_REPORT'",
                Timestamp.class).toInstant()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(jdbc.queryForObject("select occurred_at from interaction_log where kind = 'TAP'",
                Timestamp.class).toInstant()).as("other rows keep their time").isEqualTo(sent);
    }

    private static final String URL = System.getenv("TAMBONDESK_DB_URL");
    private static final boolean POSTGRES = URL != null && URL.startsWith("jdbc:postgresql:");

    private static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (POSTGRES ? "postgresql" : "h2"));
    }

    private static DataSource privateDatabase() {
        String url = URL;
        if (!POSTGRES) {
            return new DriverManagerDataSource("jdbc:h2:mem:migrations" + System.nanoTime()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        DriverManagerDataSource admin = new DriverManagerDataSource(url, System.getenv("TAMBONDESK_DB_USER"),
                System.getenv().getOrDefault("TAMBONDESK_DB_PASSWORD", ""));
        new JdbcTemplate(admin).execute("drop schema if exists migration_test cascade; create schema migration_test");
        return new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=migration_test",
                System.getenv("TAMBONDESK_DB_USER"), System.getenv().getOrDefault("TAMBONDESK_DB_PASSWORD", ""));
    }
}
