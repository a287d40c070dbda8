package th.tambondesk.line.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import th.tambondesk.MigratedDatabaseTest;
import th.tambondesk.line.channel.TestLineProperties;

/** How the dispatcher claims events that come one by one. */
@MigratedDatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LineEventDispatcherTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eventsArrivingWithinTheClaimGapAreClaimedTogether() throws InterruptedException {
        String run = Long.toString(System.nanoTime(), 36);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        List<Integer> claims = new CopyOnWriteArrayList<>();
        LineEventStore store = new LineEventStore(jdbc) {
            @Override
            public List<StoredEvent> claim(String owner, int limit, Instant now, Instant leaseUntil, boolean abandoned) {
                List<StoredEvent> claimed = super.claim(owner, limit, now, leaseUntil, abandoned);
                if (!claimed.isEmpty()) {
                    claims.add(claimed.size());
                }
                return claimed;
            }
        };
        List<Long> handled = new CopyOnWriteArrayList<>();
        StoredEventHandler handler = (event, owner) -> tx.executeWithoutResult(s -> {
            store.markDone(event.id(), owner, Instant.now());
            handled.add(event.id());
        });
        LineEventDispatcher dispatcher = dispatcherOverAnEmptyQueue(store, handler, run,
                "workers", "4", "claim-gap", "300ms", "poll-interval", "20ms");
        dispatcher.start();
        try {
            // Six events of six residents, 20 ms apart: the first is claimed at once, the other five together when
            // the gap has passed, not one claim each.
            for (int i = 0; i < 6; i++) {
                Instant now = Instant.now();
                LineEventStore.NewEvent event = new LineEventStore.NewEvent(run + "-" + i, "U" + run + i, "message",
                        now, now, "{}");
                tx.executeWithoutResult(s -> store.insertAll(List.of(event)));
                dispatcher.wakeUp();
                Thread.sleep(20);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 6);
        } finally {
            dispatcher.stop();
        }

        assertThat(claims).as("events per claim").hasSizeBetween(1, 2);
        assertThat(claims.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
    }

    /**
     * Five events claimed at once go to one worker, in one call and so one transaction, not one to each of four free
     * workers: more groups would only mean more commits. Twenty, with eight a worker at most, go to three.
     */
    @Test
    void claimedEventsGoToAsFewWorkersAsCanTakeThem() {
        assertThat(groupsOfOneClaim(5, "16")).containsExactly(5);
        assertThat(groupsOfOneClaim(20, "8")).containsExactlyInAnyOrder(7, 7, 6);
    }

    private List<Integer> groupsOfOneClaim(int events, String handleBatch) {
        String run = Long.toString(System.nanoTime(), 36);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        LineEventStore store = new LineEventStore(jdbc);
        List<Integer> groups = new CopyOnWriteArrayList<>();
        StoredEventHandler handler = new StoredEventHandler() {
            @Override
            public void handle(LineEventStore.StoredEvent event, String owner) {
                tx.executeWithoutResult(s -> store.markDone(event.id(), owner, Instant.now()));
            }

            @Override
            public void handleAll(List<LineEventStore.StoredEvent> claimed, String owner, Failures failures) {
                groups.add(claimed.size());
                StoredEventHandler.super.handleAll(claimed, owner, failures);
            }
        };
        LineEventDispatcher dispatcher = dispatcherOverAnEmptyQueue(store, handler, run,
                "workers", "4", "handle-batch", handleBatch, "poll-interval", "20ms");
        Instant now = Instant.now();
        List<LineEventStore.NewEvent> batch = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            batch.add(new LineEventStore.NewEvent(run + "-" + i, "U" + run + i, "message", now, now, "{}"));
        }
        tx.executeWithoutResult(s -> store.insertAll(batch));
        dispatcher.start();
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> groups.stream().mapToInt(Integer::intValue).sum() == events);
        } finally {
            dispatcher.stop();
        }
        return groups;
    }

    @Test
    void anEventOfTheIntegrityChannelSetAsideKeepsNothingOfWhatItSaid() {
        // Security review (issue 26): a set-aside event kept the report's words and the sender's id.
        String run = Long.toString(System.nanoTime(), 36);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        LineEventStore store = new LineEventStore(jdbc);
        StoredEventHandler failing = new StoredEventHandler() {
            @Override
            public void handle(LineEventStore.StoredEvent event, String owner) {
                throw new IllegalStateException("broken");
            }

            @Override
            public boolean confidential(LineEventStore.StoredEvent event) {
                return event.payload().contains("ขอเงินใต้โต๊ะ");
            }
        };
        LineEventDispatcher dispatcher = dispatcherOverAnEmptyQueue(store, failing, run,
                "max-attempts", "1", "poll-interval", "20ms");
        Instant now = Instant.now();
        tx.executeWithoutResult(s -> store.insertAll(List.of(
                new LineEventStore.NewEvent(run + "-report", "U" + run + "a", "message", now, now,
                        "{\"text\":\"ขอเงินใต้โต๊ะ\"}"),
                new LineEventStore.NewEvent(run + "-other", "U" + run + "b", "message", now, now,
                        "{\"text\":\"ไฟดับ\"}"))));
        dispatcher.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from line_event where webhook_event_id like ? and status = 'FAILED'",
                    Integer.class, run + "-%") == 2);
        } finally {
            dispatcher.stop();
        }
        assertThat(jdbc.queryForMap("select payload, source_key from line_event where webhook_event_id = ?",
                run + "-report")).containsEntry("payload", "{\"redacted\":true}").containsEntry("source_key", "-");
        assertThat(jdbc.queryForObject("select payload from line_event where webhook_event_id = ?", String.class,
                run + "-other")).contains("ไฟดับ");
    }

    /**
     * A dispatcher of its own, with the given LINE settings; events other tests left open are marked done first,
     * so that its claims find only the test's own.
     */
    private LineEventDispatcher dispatcherOverAnEmptyQueue(LineEventStore store, StoredEventHandler handler,
                                                           String run, String... settings) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> jdbc.update("update line_event set status = 'DONE' where status <> 'DONE'"));
        return new LineEventDispatcher(store, handler, tx, TestLineProperties.with(settings).dispatchSettings(),
                Clock.systemUTC(), "instance-" + run);
    }
}
