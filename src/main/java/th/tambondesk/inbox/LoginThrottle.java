package th.tambondesk.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing on one account from many places: after 5 failed logins for the account within 15
 * minutes it waits a minute, doubling up to an hour; a successful login clears it. Kept on the account's row, so all
 * instances share it, and a name that is no account is not remembered at all (there is no password to guess for it).
 * A browser the account logged in from before is not held up by it ({@link KnownDevices}): the lock stops strangers,
 * not the account's owner.
 */
@Component
class LoginThrottle {

    private static final int FREE_ATTEMPTS = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_PENALTY = Duration.ofMinutes(1);
    private static final Duration LONGEST_PENALTY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** How long the account must still wait before a login is tried, or zero. */
    Duration waitFor(String username) {
        List<Timestamp> lockedUntil = jdbc.queryForList(
                "select locked_until from inbox_user where lower(username) = ?", Timestamp.class, key(username));
        Instant now = clock.instant();
        if (lockedUntil.isEmpty() || lockedUntil.get(0) == null || !lockedUntil.get(0).toInstant().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, lockedUntil.get(0).toInstant());
    }

    void failed(String username) {
        transaction.executeWithoutResult(status -> {
            // Locked, so that two instances counting failures of the same account at once do not lose one.
            List<Failures> rows = jdbc.query("""
                    select id, failed_logins, failures_since, lock_penalty_seconds, locked_until from inbox_user
                     where lower(username) = ? for update
                    """, (rs, n) -> new Failures(rs.getLong("id"), rs.getInt("failed_logins"),
                    rs.getTimestamp("failures_since"), rs.getLong("lock_penalty_seconds"),
                    rs.getTimestamp("locked_until")), key(username));
            if (rows.isEmpty()) {
                return;
            }
            Failures row = rows.get(0);
            Instant now = clock.instant();
            boolean windowOver = row.since() == null || row.since().toInstant().plus(WINDOW).isBefore(now);
            int failures = (windowOver ? 0 : row.count()) + 1;
            Timestamp since = windowOver ? Timestamp.from(now) : row.since();
            Timestamp lockedUntil = row.lockedUntil();
            long penalty = row.penaltySeconds();
            if (failures >= FREE_ATTEMPTS) {
                penalty = penalty == 0 ? FIRST_PENALTY.toSeconds() : Math.min(penalty * 2, LONGEST_PENALTY.toSeconds());
                lockedUntil = Timestamp.from(now.plusSeconds(penalty));
                failures = 0;
                since = Timestamp.from(now);
            }
            jdbc.update("""
                    update inbox_user set failed_logins = ?, failures_since = ?, lock_penalty_seconds = ?,
                                          locked_until = ?
                     where id = ?
                    """, failures, since, penalty, lockedUntil, row.id());
        });
    }

    void succeeded(String username) {
        jdbc.update("""
                update inbox_user set failed_logins = 0, failures_since = null, locked_until = null,
                                      lock_penalty_seconds = 0
                 where lower(username) = ? and (failed_logins > 0 or lock_penalty_seconds > 0)
                """, key(username));
    }

    private record Failures(long id, int count, Timestamp since, long penaltySeconds, Timestamp lockedUntil) {
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
