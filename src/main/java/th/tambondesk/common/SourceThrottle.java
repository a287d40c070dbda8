package th.tambondesk.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows down guessing from one source, in memory only, under a key the caller gives (a salted hash, never an address
 * in the database): after {@code freeAttempts} failures within {@code window} the source waits a minute, doubling up
 * to an hour. Only that source waits; nothing here spans sources, so nobody can lock others out.
 * <p>
 * Memory is bounded whatever the traffic: at most {@value #MAX_SOURCES} sources are remembered (the least recently
 * seen are forgotten first, and any after two quiet hours).
 */
public final class SourceThrottle {

    public static final int MAX_SOURCES = 10_000;
    private static final Duration FIRST_PENALTY = Duration.ofMinutes(1);
    private static final Duration LONGEST_PENALTY = Duration.ofHours(1);

    private final int freeAttempts;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Source> sources;

    public SourceThrottle(int freeAttempts, Duration window, Clock clock) {
        this.freeAttempts = freeAttempts;
        this.window = window;
        this.clock = clock;
        this.sources = Caffeine.newBuilder()
                .maximumSize(MAX_SOURCES)
                .expireAfterAccess(Duration.ofHours(2))
                .ticker(() -> clock.millis() * 1_000_000)
                .executor(Runnable::run)
                .build();
    }

    /** How long the source must still wait, or zero. */
    public synchronized Duration waitFor(String source) {
        Instant now = clock.instant();
        Source s = sources.getIfPresent(source);
        if (s == null || s.blockedUntil == null || !s.blockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, s.blockedUntil);
    }

    public synchronized void failed(String source) {
        Instant now = clock.instant();
        Source s = sources.get(source, k -> new Source());
        if (s.windowStart == null || s.windowStart.plus(window).isBefore(now)) {
            s.windowStart = now;
            s.failures = 0;
        }
        s.failures++;
        if (s.failures >= freeAttempts) {
            Duration next = s.penalty == null ? FIRST_PENALTY : s.penalty.multipliedBy(2);
            s.penalty = next.compareTo(LONGEST_PENALTY) > 0 ? LONGEST_PENALTY : next;
            s.blockedUntil = now.plus(s.penalty);
        }
    }

    public synchronized void succeeded(String source) {
        sources.invalidate(source);
    }

    /** How many sources are remembered now. */
    public long sourcesRemembered() {
        sources.cleanUp();
        return sources.estimatedSize();
    }

    private static final class Source {
        @Nullable Instant windowStart;
        int failures;
        @Nullable Duration penalty;
        @Nullable Instant blockedUntil;
    }
}
