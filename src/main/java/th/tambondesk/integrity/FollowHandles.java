package th.tambondesk.integrity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Short-lived tokens that let a reporter who just entered a valid receipt code add information, without the chat or
 * the browser keeping the code or the report's id. In memory only; lost on restart, then the code is asked again.
 * A report has one live handle: entering its code again replaces the previous one, so repeating it fills nothing.
 * Bounded ({@value #MAX_HANDLES}, each {@link #LIFETIME}).
 */
@Component
class FollowHandles {

    static final int MAX_HANDLES = 10_000;
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Token → report, and report → its live token. */
    private final Cache<String, Long> reports;
    private final Cache<Long, String> tokens;

    FollowHandles(Clock clock) {
        this.reports = Caffeine.newBuilder().maximumSize(MAX_HANDLES).expireAfterWrite(LIFETIME)
                .ticker(() -> clock.millis() * 1_000_000).executor(Runnable::run).build();
        this.tokens = Caffeine.newBuilder().maximumSize(MAX_HANDLES).expireAfterWrite(LIFETIME)
                .ticker(() -> clock.millis() * 1_000_000).executor(Runnable::run).build();
    }

    synchronized String issue(long reportId) {
        String previous = tokens.getIfPresent(reportId);
        if (previous != null) {
            reports.invalidate(previous);
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        reports.put(token, reportId);
        tokens.put(reportId, token);
        return token;
    }

    Optional<Long> reportOf(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(reports.getIfPresent(token));
    }

    /** How many handles are live now (for tests). */
    long live() {
        reports.cleanUp();
        return reports.estimatedSize();
    }
}
