package th.tambondesk.line.queue;


import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands stored events to a {@link StoredEventHandler}, at most one event per user at a time and in arrival order.
 * Woken at once by the webhook, and by a timer for events left by a crash, by another instance or by a retry. What
 * one claim returns goes to as few free workers as can take it ({@code handleBatch} events each); a worker handles
 * several users' events in one transaction, so that commits do not limit how many events are handled a second.
 * Under load claims are at least {@code claimGap} apart, so that each takes the events of that time together.
 */
public class LineEventDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LineEventDispatcher.class);

    private final LineEventStore store;
    private final StoredEventHandler handler;
    private final TransactionTemplate transaction;
    private final DispatchSettings settings;
    private final Clock clock;
    private final String owner;
    private final Wakeup wake = new Wakeup();
    private final Semaphore capacity;
    /** Events this instance is handling now. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * When ({@link System#nanoTime()}) the claim next looks for events whose lease ran out; used by the dispatcher's
     * thread only. Real time, not the clock: it saves work, it decides nothing about the events.
     */
    private long nextAbandonedLook = System.nanoTime();

    private volatile boolean running;
    private ExecutorService workers;
    private Thread loop;

    public LineEventDispatcher(LineEventStore store, StoredEventHandler handler, TransactionTemplate transaction,
                               DispatchSettings settings, Clock clock, String owner) {
        this.store = store;
        this.handler = handler;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
        this.owner = owner;
        this.capacity = new Semaphore(settings.workers());
    }

    /** Tells the dispatcher that new events may be waiting. Cheap and never blocks. */
    public void wakeUp() {
        wake.signal();
    }

    String owner() {
        return owner;
    }

    @Override
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "line-event-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        running = true;
        loop = new Thread(this::run, "line-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp();
        try {
            if (loop != null) {
                loop.join(5_000);
            }
            workers.shutdown();
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int released = store.release(owner);
            if (released > 0) {
                log.info("Handed {} unfinished LINE events back for the next start", released);
            }
        } catch (RuntimeException e) {
            log.warn("Could not hand unfinished LINE events back; they will be taken when their lease ends: {}",
                    e.toString());
        }
    }

    /** Off when the settings say so: events are then only stored (used by the restart test). */
    @Override
    public boolean isAutoStartup() {
        return settings.autoStart();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Wakeup.LOOP_PHASE;
    }

    private void run() {
        long gap = settings.claimGap().toNanos();
        while (running) {
            try {
                long began = System.nanoTime();
                Claimed claimed = claimAndSubmit();
                if (claimed == Claimed.NOTHING) {
                    wake.awaitAndClear(settings.pollInterval());
                } else if (claimed == Claimed.SOME && gap > 0) {
                    // Events come one by one: those of the next few milliseconds are claimed, handled and committed
                    // together. After a quiet spell (nothing claimed) the next event is claimed at once.
                    TimeUnit.NANOSECONDS.sleep(gap - (System.nanoTime() - began));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Could not claim LINE events (will try again): {}", e.toString());
                sleepQuietly(settings.pollInterval().toMillis());
            }
        }
    }

    /** What a claim found: nothing, fewer events than it asked for, or as many (there may be more waiting). */
    private enum Claimed { NOTHING, SOME, ALL_IT_ASKED_FOR }

    private Claimed claimAndSubmit() throws InterruptedException {
        int free = capacity.availablePermits();
        if (free == 0) {
            wake.await(settings.pollInterval());
            return Claimed.NOTHING;
        }
        Instant now = clock.instant();
        int limit = Math.min(free * settings.handleBatch(), settings.claimBatch());
        // Leases run out after minutes; under load a claim runs many times a second.
        long tick = System.nanoTime();
        boolean abandoned = tick - nextAbandonedLook >= 0;
        if (abandoned) {
            nextAbandonedLook = tick + settings.pollInterval().toNanos();
        }
        List<LineEventStore.StoredEvent> claimed = transaction.execute(status -> store.claim(owner, limit, now,
                now.plus(settings.lease()), abandoned));
        if (claimed == null || claimed.isEmpty()) {
            return Claimed.NOTHING;
        }
        List<LineEventStore.StoredEvent> events = new ArrayList<>(claimed.size());
        for (LineEventStore.StoredEvent event : claimed) {
            // One still being handled here (a slow photo download outlasted the lease) has just had its lease
            // renewed by the claim; handling it a second time would answer it twice.
            if (inFlight.add(event.id())) {
                events.add(event);
            }
        }
        // As few workers as the events need, each taking up to handleBatch of them: a group is one transaction and
        // one commit, so five events spread over four workers cost four commits where one would do, and the CPU
        // they compete for is the same. A full claim still keeps every free worker busy.
        int groups = Math.min(free, (events.size() + settings.handleBatch() - 1) / settings.handleBatch());
        for (int g = 0; g < groups; g++) {
            // Round robin: every group gets events of the same age, and at most handleBatch of them.
            List<LineEventStore.StoredEvent> group = new ArrayList<>();
            for (int i = g; i < events.size(); i += groups) {
                group.add(events.get(i));
            }
            capacity.acquire();
            workers.execute(() -> {
                try {
                    handler.handleAll(group, owner, this::failed);
                } catch (RuntimeException e) {
                    group.forEach(event -> failed(event, e));
                } finally {
                    group.forEach(event -> inFlight.remove(event.id()));
                    capacity.release();
                    wakeUp();
                }
            });
        }
        return claimed.size() < limit ? Claimed.SOME : Claimed.ALL_IT_ASKED_FOR;
    }

    /** An integrity report's event keeps nothing of what it said once set aside; unsure, it keeps nothing either. */
    private boolean redact(LineEventStore.StoredEvent event) {
        try {
            return handler.confidential(event);
        } catch (RuntimeException e) {
            log.warn("Could not tell whether LINE event {} was the integrity channel's; redacting it: {}",
                    event.webhookEventId(), e.toString());
            return true;
        }
    }

    private void failed(LineEventStore.StoredEvent event, RuntimeException error) {
        if (error instanceof StoredEventHandler.LeaseLostException) {
            log.info("LINE event {} was taken over by another instance; leaving it to that one",
                    event.webhookEventId());
            return;
        }
        try {
            Instant now = clock.instant();
            if (event.attempts() >= settings.maxAttempts()) {
                log.error("LINE event {} failed {} times and is set aside: {}", event.webhookEventId(),
                        event.attempts(), error.toString(), error);
                store.markFailed(event.id(), owner, now, error.toString(), redact(event));
            } else {
                Instant next = now.plus(Backoff.delay(event.attempts())).truncatedTo(ChronoUnit.MILLIS);
                log.warn("LINE event {} failed (attempt {}), trying again at {}: {}", event.webhookEventId(),
                        event.attempts(), next, error.toString());
                store.retryLater(event.id(), owner, next, error.toString());
            }
        } catch (RuntimeException e) {
            log.warn("Could not record the failure of LINE event {}; it is tried again when its lease ends: {}",
                    event.webhookEventId(), e.toString());
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
