package th.tambondesk.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The auditors' access log: append-only, each row chained to the one before by an HMAC-SHA256 under a key derived
 * from the integrity key ({@link Sealer#chainHash}), so that no row can be changed, removed or added by someone who
 * can write to the database but does not hold the key, without the chain showing it. Rows written before the chain
 * was keyed carry plain SHA-256 links and are checked as such, up to the row the key check keeps as their last
 * ({@link IntegrityKey#accessLogBoundary}). There is no code here to change or delete a row.
 */
@Component
class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    private static final String GENESIS = "0".repeat(64);

    private final JdbcTemplate jdbc;
    private final Sealer sealer;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, Sealer sealer, Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Appends one entry. Must run inside the transaction of what it records. */
    void append(@Nullable Long reportId, String auditor, String action) {
        // One writer at a time: the probe row serves as the log's lock.
        jdbc.query("select id from integrity_key_check where id = 1 for update", rs -> null);
        String prev = jdbc.query("select hash from integrity_access_log order by id desc limit 1",
                rs -> rs.next() ? rs.getString(1) : GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = sealer.chainHash(row(prev, reportId, auditor, action, at));
        jdbc.update("""
                insert into integrity_access_log (report_id, auditor, action, at, prev_hash, hash, keyed)
                values (?, ?, ?, ?, ?, ?, true)
                """, reportId, auditor, action, Timestamp.from(at), prev, hash);
        // The head goes to the application log too, kept apart from the database: a log cut short there shows.
        log.info("Integrity access log head: {}", hash.substring(0, 16));
    }

    List<AccessLogEntry> entries() {
        return jdbc.query("select id, report_id, auditor, action, at from integrity_access_log order by id desc",
                (rs, i) -> new AccessLogEntry(rs.getLong("id"), (Long) rs.getObject("report_id", Long.class),
                        rs.getString("auditor"), rs.getString("action"), rs.getTimestamp("at").toInstant()));
    }

    /** The newest entry's number in order and the first 16 hex digits of its hash: what the auditor notes down. */
    Head head() {
        List<Head> heads = jdbc.query("select hash, (select count(*) from integrity_access_log) as entries "
                        + "from integrity_access_log order by id desc limit 1",
                (rs, i) -> new Head(rs.getLong("entries"), rs.getString("hash").substring(0, 16)));
        return heads.isEmpty() ? new Head(0, GENESIS.substring(0, 16)) : heads.get(0);
    }

    /** How long the log is and its newest hash (first 16 hex digits). */
    record Head(long entries, String hash) {
    }

    /** The entries whose action starts with {@code prefix}, at or after {@code since}, newest first. */
    List<AccessLogEntry> entriesSince(String prefix, Instant since) {
        return jdbc.query("""
                select id, report_id, auditor, action, at from integrity_access_log
                 where action like ? and at >= ? order by id desc
                """, (rs, i) -> new AccessLogEntry(rs.getLong("id"), (Long) rs.getObject("report_id", Long.class),
                rs.getString("auditor"), rs.getString("action"), rs.getTimestamp("at").toInstant()),
                prefix + "%", Timestamp.from(since));
    }

    /**
     * True when every row still carries the link of its content and of the row before it, and every row after the
     * last one chained before the key (which the key check keeps, sealed) carries the key's link: rows cannot be
     * rewritten with plain hashes, nor marked as older than they are.
     */
    boolean intact() {
        long boundary = IntegrityKey.accessLogBoundary(sealer, jdbc);
        if (boundary < 0) {
            return false;
        }
        String[] prev = {GENESIS};
        boolean[] ok = {true};
        jdbc.query("select id, report_id, auditor, action, at, prev_hash, hash, keyed from integrity_access_log"
                + " order by id", rs -> {
                    String row = row(prev[0], rs.getObject("report_id", Long.class), rs.getString("auditor"),
                            rs.getString("action"), rs.getTimestamp("at").toInstant());
                    boolean keyed = rs.getBoolean("keyed");
                    String expected = keyed ? sealer.chainHash(row) : sha256(row);
                    if (!keyed && rs.getLong("id") > boundary || !prev[0].equals(rs.getString("prev_hash"))
                            || !expected.equals(rs.getString("hash"))) {
                        ok[0] = false;
                    }
                    prev[0] = rs.getString("hash");
                });
        return ok[0];
    }

    private static String row(String prev, @Nullable Long reportId, String auditor, String action, Instant at) {
        return prev + "|" + reportId + "|" + auditor + "|" + action + "|" + at.toEpochMilli();
    }

    /** The link of rows written before the chain was keyed. */
    private static String sha256(String row) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(row.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
