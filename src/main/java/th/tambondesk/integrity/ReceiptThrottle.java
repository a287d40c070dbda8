package th.tambondesk.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down receipt-code guessing. Kept in memory only, under a hash the caller gives (never an IP address or LINE
 * id in the database): after 5 wrong codes within 15 minutes a source waits 1 minute, doubling up to an hour; past
 * 100 wrong codes a minute from everywhere, everyone waits a minute.
 */
@Component
class ReceiptThrottle {

    private static final int FREE_ATTEMPTS = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int GLOBAL_LIMIT = 100;

    private final Map<String, Source> sources = new ConcurrentHashMap<>();
    private final Deque<Instant> recentFailures = new ArrayDeque<>();
    private final Clock clock;

    ReceiptThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the source must still wait, or zero. */
    synchronized Duration waitFor(String source) {
        Instant now = clock.instant();
        trimGlobal(now);
        if (recentFailures.size() >= GLOBAL_LIMIT) {
            return Duration.between(now, recentFailures.peekFirst().plus(Duration.ofMinutes(1)));
        }
        Source s = sources.get(source);
        if (s == null || s.blockedUntil == null || !s.blockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, s.blockedUntil);
    }

    synchronized void failed(String source) {
        Instant now = clock.instant();
        recentFailures.addLast(now);
        trimGlobal(now);
        Source s = sources.computeIfAbsent(source, k -> new Source());
        if (s.windowStart == null || s.windowStart.plus(WINDOW).isBefore(now)) {
            s.windowStart = now;
            s.failures = 0;
        }
        s.failures++;
        if (s.failures >= FREE_ATTEMPTS) {
            s.penalty = s.penalty == null ? Duration.ofMinutes(1) : min(s.penalty.multipliedBy(2), Duration.ofHours(1));
            s.blockedUntil = now.plus(s.penalty);
        }
        if (sources.size() > 10_000) {
            sources.entrySet().removeIf(e -> e.getValue().windowStart.plus(Duration.ofHours(2)).isBefore(now));
        }
    }

    synchronized void succeeded(String source) {
        sources.remove(source);
    }

    private void trimGlobal(Instant now) {
        while (!recentFailures.isEmpty() && recentFailures.peekFirst().plus(Duration.ofMinutes(1)).isBefore(now)) {
            recentFailures.removeFirst();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static final class Source {
        Instant windowStart;
        int failures;
        Duration penalty;
        Instant blockedUntil;
    }
}
