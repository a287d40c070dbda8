package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import th.tambondesk.line.queue.LineEventStore;
import th.tambondesk.line.queue.StoredEventHandler;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Under load a worker handles several residents' events in one transaction. Here the dispatcher is off and the test
 * claims the events itself, to hand the handler exactly the group it wants.
 */
@TestPropertySource(properties = "tambondesk.line.dispatch=false")
class LineBatchHandlingTest extends EmulatedLineSupport {

    static final String OWNER = "batch-test-instance";

    @Autowired
    LineEventStore store;

    @Autowired
    StoredEventHandler handler;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MeterRegistry meters;

    @Test
    void residentsWritingTogetherAreAnsweredFromOneTransaction() throws Exception {
        List<String> users = residentsWrite(10);
        List<LineEventStore.StoredEvent> events = claim(users);
        long before = perTransaction().count();

        List<LineEventStore.StoredEvent> failed = new CopyOnWriteArrayList<>();
        handler.handleAll(events, OWNER, (event, error) -> failed.add(event));

        assertThat(failed).isEmpty();
        assertThat(perTransaction().count() - before).isEqualTo(1);
        assertThat(perTransaction().max()).isEqualTo(10);
        assertEachAnsweredOnce(users);
        assertThat(notDone(users)).isZero();
    }

    @Test
    void anEventThatCannotBeDoneCostsTheOthersNothing() throws Exception {
        List<String> users = residentsWrite(6);
        List<LineEventStore.StoredEvent> events = claim(users);
        // Meanwhile another instance took one of them over (this one's lease ran out).
        LineEventStore.StoredEvent taken = events.get(2);
        jdbc.update("update line_event set lease_owner = 'another-instance' where id = ?", taken.id());
        long before = perTransaction().count();

        List<LineEventStore.StoredEvent> failed = new CopyOnWriteArrayList<>();
        List<RuntimeException> errors = new CopyOnWriteArrayList<>();
        handler.handleAll(events, OWNER, (event, error) -> {
            failed.add(event);
            errors.add(error);
        });

        assertThat(failed).containsExactly(taken);
        assertThat(errors).singleElement().isInstanceOf(StoredEventHandler.LeaseLostException.class);
        // The shared transaction was rolled back and the other five were handled one by one.
        assertThat(perTransaction().count() - before).isEqualTo(5);
        List<String> others = users.stream().filter(u -> !u.equals(taken.sourceKey())).toList();
        assertEachAnsweredOnce(others);
        // Nothing of the taken event happened here: it is the other instance's to answer.
        assertThat(jdbc.queryForObject("select count(*) from line_outbox where recipient = ?", Integer.class,
                taken.sourceKey())).isZero();
        assertThat(jdbc.queryForObject("select status from line_event where id = ?", String.class, taken.id()))
                .isEqualTo("PROCESSING");
    }

    /** Claims the stored events of these users (events other tests left are given back). */
    private List<LineEventStore.StoredEvent> claim(List<String> users) {
        Instant now = Instant.now();
        List<LineEventStore.StoredEvent> claimed = transaction.execute(status ->
                store.claim(OWNER, 500, now, now.plusSeconds(60)));
        Map<Boolean, List<LineEventStore.StoredEvent>> ours = claimed.stream()
                .collect(Collectors.partitioningBy(e -> users.contains(e.sourceKey())));
        ours.get(false).forEach(e -> store.retryLater(e.id(), OWNER, now, "not this test's"));
        assertThat(ours.get(true)).hasSize(users.size());
        return ours.get(true);
    }

    private int notDone(List<String> users) {
        return users.stream().mapToInt(u -> jdbc.queryForObject(
                "select count(*) from line_event where source_key = ? and status <> 'DONE'", Integer.class, u)).sum();
    }

    private DistributionSummary perTransaction() {
        return meters.get("tambondesk.line.events.per.transaction").summary();
    }
}
