package th.tambondesk.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows down receipt-code guessing. Kept in memory only, under a hash the caller gives (never an IP address or LINE
 * id in the database): after 5 wrong codes within 15 minutes a source waits 1 minute, doubling up to an hour; past
 * 100 wrong codes a minute from everywhere, everyone waits a minute.
 * <p>
 * Memory is bounded whatever the traffic: at most {@value #MAX_SOURCES} sources are remembered (the least recently
 * seen are forgotten first, and any after two quiet hours), and the global count keeps only the times of the last
 * {@value #GLOBAL_LIMIT} wrong codes.
 */
@Component
class ReceiptThrottle {

    private static final int FREE_ATTEMPTS = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int GLOBAL_LIMIT = 100;
    static final int MAX_SOURCES = 10_000;

    private final Cache<String, Source> sources;
    /** The times of the last {@link #GLOBAL_LIMIT} wrong codes, oldest at {@link #next}; null where none yet. */
    private final Instant[] recentFailures = new Instant[GLOBAL_LIMIT];
    private int next;
    private final Clock clock;

    ReceiptThrottle(Clock clock) {
        this.clock = clock;
        this.sources = Caffeine.newBuilder()
                .maximumSize(MAX_SOURCES)
                .expireAfterAccess(Duration.ofHours(2))
                .ticker(() -> clock.millis() * 1_000_000)
                .executor(Runnable::run)
                .build();
    }

    /** How long the source must still wait, or zero. */
    synchronized Duration waitFor(String source) {
        Instant now = clock.instant();
        Instant oldestOfLast = recentFailures[next];
        if (oldestOfLast != null && oldestOfLast.plus(Duration.ofMinutes(1)).isAfter(now)) {
            return Duration.between(now, oldestOfLast.plus(Duration.ofMinutes(1)));
        }
        Source s = sources.getIfPresent(source);
        if (s == null || s.blockedUntil == null || !s.blockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, s.blockedUntil);
    }

    synchronized void failed(String source) {
        Instant now = clock.instant();
        recentFailures[next] = now;
        next = (next + 1) % GLOBAL_LIMIT;
        Source s = sources.get(source, k -> new Source());
        if (s.windowStart == null || s.windowStart.plus(WINDOW).isBefore(now)) {
            s.windowStart = now;
            s.failures = 0;
        }
        s.failures++;
        if (s.failures >= FREE_ATTEMPTS) {
            s.penalty = s.penalty == null ? Duration.ofMinutes(1) : min(s.penalty.multipliedBy(2), Duration.ofHours(1));
            s.blockedUntil = now.plus(s.penalty);
        }
    }

    synchronized void succeeded(String source) {
        sources.invalidate(source);
    }

    /** How many sources are remembered now (for tests). */
    long sourcesRemembered() {
        sources.cleanUp();
        return sources.estimatedSize();
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
