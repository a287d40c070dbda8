package th.tambondesk.line.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import th.tambondesk.MigratedDatabaseTest;
import th.tambondesk.line.channel.TestLineProperties;

/**
 * Two dispatchers, as two application instances would run them, share one database: no event is processed twice
 * and each user's events are processed in order. Run on PostgreSQL by CI's second pass.
 */
@MigratedDatabaseTest
@Import(LineEventStore.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentDispatchersTest {

    @Autowired
    LineEventStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    record Handled(String owner, long id, String sourceKey) {
    }

    @Test
    void twoInstancesNeverTakeTheSameEventAndKeepEachUsersOrder() {
        String run = Long.toString(System.nanoTime(), 36);
        int users = 30;
        int perUser = 20;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        List<LineEventStore.NewEvent> events = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < perUser; i++) {
            for (int u = 0; u < users; u++) {
                events.add(new LineEventStore.NewEvent(run + "-" + u + "-" + i, "U" + run + "x" + u, "message", now,
                        now, "{}"));
            }
        }
        tx.executeWithoutResult(s -> store.insertAll(events));

        List<Handled> handled = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        StoredEventHandler recorder = (event, owner) -> tx.executeWithoutResult(s -> {
            if (!event.sourceKey().startsWith("U" + run)) {
                store.markDone(event.id(), owner, Instant.now());
                return;
            }
            if (inFlight.computeIfAbsent(event.sourceKey(), k -> new AtomicInteger()).incrementAndGet() > 1) {
                overlaps.add(event.sourceKey());
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!store.markDone(event.id(), owner, Instant.now())) {
                throw new StoredEventHandler.LeaseLostException();
            }
            handled.add(new Handled(owner, event.id(), event.sourceKey()));
            inFlight.get(event.sourceKey()).decrementAndGet();
        });
        DispatchSettings settings = TestLineProperties.with(
                "workers", "4", "claim-batch", "16", "poll-interval", "20ms").dispatchSettings();
        LineEventDispatcher a = new LineEventDispatcher(store, recorder, tx, settings, Clock.systemUTC(), "instance-a");
        LineEventDispatcher b = new LineEventDispatcher(store, recorder, tx, settings, Clock.systemUTC(), "instance-b");
        a.start();
        b.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> handled.size() >= users * perUser);
        } finally {
            a.stop();
            b.stop();
        }

        assertThat(handled).hasSize(users * perUser);
        assertThat(handled.stream().map(Handled::id).distinct()).hasSize(users * perUser);
        assertThat(handled.stream().map(Handled::owner).distinct()).containsExactlyInAnyOrder("instance-a", "instance-b");
        assertThat(overlaps).as("two events of one user handled at the same time").isEmpty();
        Map<String, List<Long>> orderPerUser = new ConcurrentHashMap<>();
        handled.forEach(h -> orderPerUser.computeIfAbsent(h.sourceKey(), k -> new ArrayList<>()).add(h.id()));
        orderPerUser.values().forEach(ids -> assertThat(ids).isSorted());
        assertThat(jdbc.queryForObject("select count(*) from line_event where source_key like ? and status <> 'DONE'",
                Integer.class, "U" + run + "%")).isZero();
    }
}
