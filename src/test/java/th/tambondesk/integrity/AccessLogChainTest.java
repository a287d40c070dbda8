package th.tambondesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tambondesk.PrivateDatabase;

/**
 * The access log's chain is an HMAC under the integrity key (V32): rows chained before by plain SHA-256 still check,
 * but one that somebody without the key appends, the way anyone with database access could before, breaks it.
 */
class AccessLogChainTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void rowsChainedBeforeTheKeyStillCheckButOneAppendedWithoutTheKeyDoesNot() throws Exception {
        try (PrivateDatabase database = PrivateDatabase.create("access_log_test").migrateTo("31")) {
            JdbcTemplate jdbc = database.jdbc();
            String first = appendUnkeyed(jdbc, "0".repeat(64), "auditor1", "OPEN", NOW.minusSeconds(60));
            appendUnkeyed(jdbc, first, "auditor1", "LIST", NOW.minusSeconds(30));
            database.migrateTo(null);
            byte[] key = new byte[32];
            Arrays.fill(key, (byte) 7);
            AccessLog log = new AccessLog(jdbc, new Sealer(key), Clock.fixed(NOW, ZoneOffset.UTC));

            log.append(null, "auditor1", "LIST");
            assertThat(log.intact()).as("old links, then keyed ones").isTrue();
            String head = jdbc.queryForObject("select hash from integrity_access_log order by id desc limit 1", String.class);
            assertThat(head).isNotEqualTo(sha256(first + "|null|auditor1|LIST|" + NOW.toEpochMilli()));

            appendUnkeyed(jdbc, head, "auditor1", "LIST", NOW.plusSeconds(1));
            assertThat(log.intact()).as("a row chained by someone without the key").isFalse();
            assertThat(new AccessLog(jdbc, new Sealer(new byte[32]), Clock.systemUTC()).intact())
                    .as("checked under another key").isFalse();
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
