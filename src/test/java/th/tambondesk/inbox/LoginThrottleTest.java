package th.tambondesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import th.tambondesk.MigratedDatabaseTest;
import th.tambondesk.common.MutableClock;

/**
 * Failed logins are counted on the account's row: two instances (two throttles on one database) share the lockout,
 * and a name that is no account leaves nothing behind. Rolled back with the test's transaction.
 */
@MigratedDatabaseTest
class LoginThrottleTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T03:00:00Z"));
    private final String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void fiveFailuresOnOneInstanceLockTheAccountOnTheOtherForAMinuteThenLonger() {
        account(username);
        LoginThrottle first = new LoginThrottle(jdbc, transaction, clock);
        LoginThrottle second = new LoginThrottle(jdbc, transaction, clock);

        for (int i = 0; i < 4; i++) {
            first.failed(username);
        }
        assertThat(second.waitFor(username)).isZero();
        second.failed(username.toUpperCase());

        assertThat(first.waitFor(username)).isEqualTo(Duration.ofMinutes(1));
        assertThat(second.waitFor(" " + username + " ")).isEqualTo(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(second.waitFor(username)).isZero();
        for (int i = 0; i < 5; i++) {
            second.failed(username);
        }
        assertThat(first.waitFor(username)).as("the second lock doubles").isEqualTo(Duration.ofMinutes(2));

        first.succeeded(username);
        assertThat(second.waitFor(username)).isZero();
        assertThat(jdbc.queryForObject("select lock_penalty_seconds from inbox_user where username = ?",
                Integer.class, username)).isZero();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        account(username);
        LoginThrottle throttle = new LoginThrottle(jdbc, transaction, clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed(username);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed(username);

        assertThat(throttle.waitFor(username)).isZero();
    }

    @Test
    void aNameThatIsNoAccountIsNeitherLockedNorRemembered() {
        LoginThrottle throttle = new LoginThrottle(jdbc, transaction, clock);
        int accounts = jdbc.queryForObject("select count(*) from inbox_user", Integer.class);

        for (int i = 0; i < 20; i++) {
            throttle.failed("nobody-" + i);
        }

        assertThat(throttle.waitFor("nobody-1")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from inbox_user", Integer.class)).isEqualTo(accounts);
    }

    private void account(String name) {
        jdbc.update("""
                insert into inbox_user (username, password_hash, display_name, role, active, created_at)
                values (?, '{noop}x', 'เจ้าหน้าที่ทดสอบ', 'STAFF', true, ?)
                """, name, Timestamp.from(clock.instant()));
    }
}
