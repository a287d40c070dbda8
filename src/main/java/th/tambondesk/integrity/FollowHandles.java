package th.tambondesk.integrity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Short-lived tokens that let a reporter who just entered a valid receipt code add information, without the chat or
 * the browser keeping the code or the report's id. In memory only; lost on restart, then the code is asked again.
 */
@Component
class FollowHandles {

    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Handle(long reportId, Instant expires) {
    }

    private final Map<String, Handle> handles = new ConcurrentHashMap<>();
    private final Clock clock;

    FollowHandles(Clock clock) {
        this.clock = clock;
    }

    String issue(long reportId) {
        Instant now = clock.instant();
        handles.values().removeIf(h -> h.expires().isBefore(now));
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        handles.put(token, new Handle(reportId, now.plus(LIFETIME)));
        return token;
    }

    Optional<Long> reportOf(String token) {
        Handle handle = token == null ? null : handles.get(token);
        if (handle == null || handle.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(handle.reportId());
    }
}
