package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.common.DatabaseProduct;

/**
 * The application vacuums PostgreSQL only when autovacuum is off, and never H2. Both cases run in CI: H2 in the
 * first pass, PostgreSQL with autovacuum off (CI's server setting) in the second.
 */
@MigratedDatabaseTest
@Import(DatabaseHousekeeping.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatabaseHousekeepingTest {

    @Autowired
    DatabaseHousekeeping housekeeping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void vacuumsPostgresqlOnlyWhenAutovacuumIsOff() {
        boolean postgresql = DatabaseProduct.isPostgresql(jdbc);
        boolean autovacuumOff = postgresql
                && "off".equals(jdbc.queryForObject("select current_setting('autovacuum')", String.class));

        assertThat(housekeeping.needed()).isEqualTo(autovacuumOff);
        if (!autovacuumOff) {
            assertThat(housekeeping.vacuum()).as("nothing to do on this database").isFalse();
            return;
        }

        // Dead row versions in the event log, as handling leaves them.
        String run = Long.toString(System.nanoTime(), 36);
        Instant now = Instant.now();
        for (int i = 0; i < 50; i++) {
            jdbc.update("""
                    insert into line_event (webhook_event_id, source_key, event_type, occurred_at, received_at,
                                            payload, status, attempts, next_attempt_at)
                    values (?, ?, 'message', ?, ?, '{}', 'PENDING', 0, ?)
                    """, run + "-" + i, "U" + run, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now));
        }
        jdbc.update("update line_event set status = 'DONE' where webhook_event_id like ?", run + "-%");
        Timestamp before = jdbc.queryForObject("select now()", Timestamp.class);

        assertThat(housekeeping.vacuum()).isTrue();

        // The server's statistics of what ran are published within a second or so.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.queryForObject("""
                select count(*) from pg_stat_user_tables
                 where relname = 'line_event' and schemaname = current_schema()
                   and last_vacuum >= ? and last_analyze >= ?
                """, Integer.class, before, before)).isEqualTo(1));
    }
}
