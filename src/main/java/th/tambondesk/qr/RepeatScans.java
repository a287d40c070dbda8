package th.tambondesk.qr;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import th.tambondesk.common.SaltedHash;

/**
 * Keeps one client from inflating a poster's count: the same code scanned again from the same address and browser
 * within {@value #WINDOW_MINUTES} minutes counts once, and one address counts at most {@value #PER_ADDRESS} scans an
 * hour (generous, because residents behind one mobile carrier address share it). The scan is still answered; only
 * the count is spared. In memory only, under salted hashes that change at every start; bounded.
 */
@Component
class RepeatScans {

    static final int WINDOW_MINUTES = 30;
    static final int PER_ADDRESS = 100;

    private final SaltedHash hash = new SaltedHash();
    private final Cache<String, Boolean> seen;
    private final Cache<String, AtomicInteger> perAddress;

    RepeatScans(Clock clock) {
        this.seen = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(WINDOW_MINUTES))
                .ticker(() -> clock.millis() * 1_000_000).executor(Runnable::run).build();
        this.perAddress = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofHours(1))
                .ticker(() -> clock.millis() * 1_000_000).executor(Runnable::run).build();
    }

    /** True when this scan of {@code code} should be counted. */
    boolean countable(String address, String userAgent, String code) {
        String scan = hash.of(address + "\n" + userAgent + "\n" + code, 16);
        boolean first = seen.asMap().putIfAbsent(scan, Boolean.TRUE) == null;
        if (!first) {
            return false;
        }
        return perAddress.get(hash.of(address, 16), k -> new AtomicInteger()).incrementAndGet() <= PER_ADDRESS;
    }
}
