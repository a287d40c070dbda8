package th.tambondesk.line.queue;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells a background loop (the dispatcher, the sender) that work may be waiting. Signalling is cheap and never
 * blocks; signals given while the loop works are one signal.
 */
public final class Wakeup {

    /** Both loops start after the web server (which stores events) and stop before the database goes away. */
    public static final int LOOP_PHASE = org.springframework.context.SmartLifecycle.DEFAULT_PHASE - 1024;

    private final Semaphore permits = new Semaphore(0);

    public void signal() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits for a signal, at most {@code timeout}; returns whether one came. */
    boolean await(Duration timeout) throws InterruptedException {
        return permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits as {@link #await} and then forgets signals given meanwhile: the round that follows sees their work. */
    public void awaitAndClear(Duration timeout) throws InterruptedException {
        await(timeout);
        permits.drainPermits();
    }
}
