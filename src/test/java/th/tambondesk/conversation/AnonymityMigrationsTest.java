package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tambondesk.PrivateDatabase;
import th.tambondesk.common.AppKeys;

/**
 * The migrations of the security review that rewrite stored rows (V30 keyed pseudonyms, V31 integrity reports per
 * month, V35 integrity reports out of the interaction log), run over rows an older version wrote: on a private H2
 * database, or on a schema of its own in PostgreSQL
 * when the run is configured for it.
 */
class AnonymityMigrationsTest {

    @Test
    void oldRowsAreRekeyedSoAResidentKeepsOnePseudonymAndReportsLeaveTheLog() throws Exception {
        try (PrivateDatabase database = PrivateDatabase.create("migration_test").migrateTo("29")) {
            JdbcTemplate jdbc = database.jdbc();
            ResidentRef resident = new ResidentRef(Channel.LINE, "U" + "4".repeat(32));
            String bareHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("LINE:" + resident.key()).getBytes(StandardCharsets.UTF_8)), 0, 16);
            Instant sent = Instant.parse("2026-11-30T18:30:00Z"); // 1 Dec 2026, 01:30 in Thailand
            jdbc.update("insert into interaction_log (channel, resident, direction, kind, occurred_at)"
                    + " values ('LINE', ?, 'IN', 'TAP', ?)", bareHash, Timestamp.from(sent));
            jdbc.update("insert into interaction_log (channel, resident, direction, kind, occurred_at)"
                    + " values ('LINE', null, 'IN', 'INTEGRITY_REPORT', ?)", Timestamp.from(sent));
            jdbc.update("insert into stats_resident_month (ym, who, resident) values ('2026-12', 'users', ?)", bareHash);

            database.migrateTo("31");
            assertThat(jdbc.queryForObject("select occurred_at from interaction_log where kind = 'INTEGRITY_REPORT'",
                    Timestamp.class).toInstant()).as("V31: to its month")
                    .isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
            database.migrateTo(null);

            String now = new Pseudonyms(new AppKeys(jdbc)).of(resident);
            assertThat(now).isNotEqualTo(bareHash).hasSize(32);
            assertThat(jdbc.queryForObject("select resident from interaction_log where kind = 'TAP'", String.class))
                    .isEqualTo(now);
            assertThat(jdbc.queryForObject("select resident from stats_resident_month", String.class)).isEqualTo(now);
            assertThat(jdbc.queryForObject("select count(*) from interaction_log where kind = 'INTEGRITY_REPORT'",
                    Integer.class)).as("V35: gone").isZero();
            assertThat(jdbc.queryForObject("select occurred_at from interaction_log where kind = 'TAP'",
                    Timestamp.class).toInstant()).as("other rows keep their time").isEqualTo(sent);
        }
    }
}
