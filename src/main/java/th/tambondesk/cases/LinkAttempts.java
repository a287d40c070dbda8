package th.tambondesk.cases;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Wrong link codes per resident: after {@value #TRIES} in an hour the resident's next tries are refused until the
 * hour is over, so nobody can walk the code space from one chat. Only that resident waits; nobody else is blocked.
 * The memory is bounded (10,000 residents, each forgotten an hour after their first wrong code).
 */
@Component
class LinkAttempts {

    static final int TRIES = 5;

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    boolean allowed(Requester requester) {
        AtomicInteger count = failures.getIfPresent(key(requester));
        return count == null || count.get() < TRIES;
    }

    void failed(Requester requester) {
        failures.get(key(requester), k -> new AtomicInteger()).incrementAndGet();
    }

    private static String key(Requester requester) {
        return requester.channel() + ":" + requester.key();
    }
}
