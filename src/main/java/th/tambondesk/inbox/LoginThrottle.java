package th.tambondesk.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after 5 failed logins for one account within 15 minutes the account waits a minute,
 * doubling up to an hour. In memory; a successful login clears it.
 */
@Component
class LoginThrottle {

    private static final int FREE_ATTEMPTS = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, State> accounts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private static final class State {
        Instant windowStart;
        int failures;
        Duration penalty;
        Instant blockedUntil;
    }

    Duration waitFor(String username) {
        State state = accounts.get(key(username));
        Instant now = clock.instant();
        if (state == null || state.blockedUntil == null || !state.blockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, state.blockedUntil);
    }

    synchronized void failed(String username) {
        Instant now = clock.instant();
        State state = accounts.computeIfAbsent(key(username), k -> new State());
        if (state.windowStart == null || state.windowStart.plus(WINDOW).isBefore(now)) {
            state.windowStart = now;
            state.failures = 0;
        }
        state.failures++;
        if (state.failures >= FREE_ATTEMPTS) {
            state.penalty = state.penalty == null ? Duration.ofMinutes(1)
                    : (state.penalty.compareTo(Duration.ofMinutes(30)) >= 0 ? Duration.ofHours(1) : state.penalty.multipliedBy(2));
            state.blockedUntil = now.plus(state.penalty);
            state.failures = 0;
            state.windowStart = now;
        }
    }

    void succeeded(String username) {
        accounts.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
