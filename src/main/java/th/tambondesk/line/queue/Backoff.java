package th.tambondesk.line.queue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s … up to 5 minutes. */
public final class Backoff {

    private static final long MAX_MILLIS = Duration.ofMinutes(5).toMillis();

    private Backoff() {
    }

    public static Duration delay(int attempt) {
        long base = 1000L << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(base, MAX_MILLIS);
        long jitter = ThreadLocalRandom.current().nextLong(capped / 5 + 1);
        return Duration.ofMillis(capped - capped / 10 + jitter);
    }
}
