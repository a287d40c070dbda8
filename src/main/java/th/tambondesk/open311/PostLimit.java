package th.tambondesk.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * At most {@value #PER_MINUTE} new requests a minute per API key, so a runaway client cannot flood the inbox. The
 * map holds one small entry per key that posted in the last minute, and never more than {@value #KEYS}.
 */
@Component
class PostLimit {

    static final int PER_MINUTE = 60;
    static final int KEYS = 1000;

    private final Clock clock;
    private final Map<Long, Window> windows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Window> eldest) {
            return size() > KEYS;
        }
    };

    PostLimit(Clock clock) {
        this.clock = clock;
    }

    private record Window(Instant start, int count) {
    }

    synchronized boolean allow(long key) {
        Instant now = clock.instant();
        Window window = windows.get(key);
        if (window == null || Duration.between(window.start(), now).compareTo(Duration.ofMinutes(1)) >= 0) {
            windows.put(key, new Window(now, 1));
            return true;
        }
        if (window.count() >= PER_MINUTE) {
            return false;
        }
        windows.put(key, new Window(window.start(), window.count() + 1));
        return true;
    }
}
