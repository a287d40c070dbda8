package th.tambondesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tambondesk.PrivateDatabase;
import th.tambondesk.common.DatabaseProduct;

/**
 * The access log's chain is an HMAC under the integrity key (V32): rows chained before by plain SHA-256 still check,
 * up to the last of them, which the key check keeps sealed; a row somebody without the key appends or rewrites with
 * plain links breaks it.
 */
class AccessLogChainTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void rowsChainedBeforeTheKeyStillCheckButOneAppendedWithoutTheKeyDoesNot() throws Exception {
        try (PrivateDatabase database = PrivateDatabase.create("access_log_test").migrateTo("31")) {
            JdbcTemplate jdbc = database.jdbc();
            byte[] key = new byte[32];
            Arrays.fill(key, (byte) 7);
            jdbc.update("insert into integrity_key_check (id, probe) values (1, ?)", (Object) OldSeals.probe(key));
            String first = appendUnkeyed(jdbc, "0".repeat(64), "auditor1", "OPEN", NOW.minusSeconds(60));
            appendUnkeyed(jdbc, first, "auditor1", "LIST", NOW.minusSeconds(30));
            database.migrateTo(null);
            Sealer sealer = new Sealer(key);
            IntegrityKey.checkAgainstProbe(sealer, jdbc); // the first start after the upgrade
            AccessLog log = new AccessLog(jdbc, sealer, Clock.fixed(NOW, ZoneOffset.UTC));

            log.append(null, "auditor1", "LIST");
            assertThat(log.intact()).as("old links, then keyed ones").isTrue();
            String head = jdbc.queryForObject("select hash from integrity_access_log order by id desc limit 1", String.class);
            assertThat(head).isNotEqualTo(sha256(first + "|null|auditor1|LIST|" + NOW.toEpochMilli()));

            assertThat(new AccessLog(jdbc, new Sealer(new byte[32]), Clock.systemUTC()).intact())
                    .as("checked under another key").isFalse();

            // Everything rewritten as old rows with plain links, the way someone without the key could (on
            // PostgreSQL as the table's owner, who can switch its append-only trigger off).
            if (DatabaseProduct.isPostgresql(jdbc)) {
                jdbc.execute("alter table integrity_access_log disable trigger integrity_access_log_no_change");
            }
            String prev = "0".repeat(64);
            List<Long> ids = jdbc.queryForList("select id from integrity_access_log order by id", Long.class);
            for (long id : ids) {
                Instant at = jdbc.queryForObject("select at from integrity_access_log where id = ?", Timestamp.class, id)
                        .toInstant();
                String action = jdbc.queryForObject("select action from integrity_access_log where id = ?",
                        String.class, id);
                String hash = sha256(prev + "|null|auditor1|" + action + "|" + at.toEpochMilli());
                jdbc.update("update integrity_access_log set keyed = false, prev_hash = ?, hash = ? where id = ?", prev,
                        hash, id);
                prev = hash;
            }
            assertThat(log.intact()).as("the keyed row rewritten as an old one").isFalse();

            appendUnkeyed(jdbc, prev, "auditor1", "LIST", NOW.plusSeconds(1));
            assertThat(log.intact()).as("a row chained by someone without the key").isFalse();
            jdbc.update("delete from integrity_key_check");
            assertThatThrownBy(() -> IntegrityKey.checkAgainstProbe(sealer, jdbc)).as("the key check deleted")
                    .hasMessageContaining("Restore it from a backup");
        }
    }

    /** Appends a row the way the log did before V32 (and the way anyone with database access could). */
    private static String appendUnkeyed(JdbcTemplate jdbc, String prev, String auditor, String action, Instant at)
            throws Exception {
        String hash = sha256(prev + "|null|" + auditor + "|" + action + "|" + at.toEpochMilli());
        jdbc.update("insert into integrity_access_log (report_id, auditor, action, at, prev_hash, hash)"
                + " values (null, ?, ?, ?, ?, ?)", auditor, action, Timestamp.from(at), prev, hash);
        return hash;
    }

    private static String sha256(String row) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8)));
    }
}
