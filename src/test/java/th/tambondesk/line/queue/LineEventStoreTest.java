package th.tambondesk.line.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tambondesk.MigratedDatabaseTest;

/**
 * The claim query of the event log. Each test runs in a transaction that is rolled back, so the events it writes
 * are never seen by the dispatchers of other test contexts sharing the database. Run on PostgreSQL by CI's second
 * pass, where the query is PostgreSQL's own.
 */
@MigratedDatabaseTest
@Import(LineEventStore.class)
class LineEventStoreTest {

    private static final Duration LEASE = Duration.ofMinutes(1);
    /** Enough for ours after any events other test classes left open in the shared database. */
    private static final int ANY = 1_000;

    @Autowired
    LineEventStore store;

    @Autowired
    JdbcTemplate jdbc;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void claimsTheOldestOpenEventOfEachResidentOnlyAndInOrder() {
        Instant now = Instant.now();
        store.insertAll(List.of(event("a", 1, now), event("b", 1, now), event("a", 2, now), event("c", 1, now),
                event("b", 2, now)));
        // c's first event failed a moment ago and waits for its retry: neither it nor anything after it is due.
        long c1 = idOf("c", 1);
        jdbc.update("update line_event set next_attempt_at = ? where id = ?",
                Timestamp.from(now.plusSeconds(30)), c1);
        store.insertAll(List.of(event("c", 2, now)));

        List<LineEventStore.StoredEvent> first = ours(store.claim("one", ANY, now.plusMillis(1), now.plus(LEASE)));
        assertThat(first).extracting(LineEventStore.StoredEvent::webhookEventId)
                .containsExactly(id("a", 1), id("b", 1));

        // While a's first event is being handled, a's second waits, whoever asks.
        assertThat(ours(store.claim("two", ANY, now.plusMillis(2), now.plus(LEASE)))).isEmpty();

        assertThat(store.markDone(first.get(0).id(), "one", now)).isTrue();
        assertThat(ours(store.claim("two", ANY, now.plusMillis(3), now.plus(LEASE))))
                .extracting(LineEventStore.StoredEvent::webhookEventId).containsExactly(id("a", 2));

        // After its retry time c's first event comes back, still before c's second.
        assertThat(ours(store.claim("two", ANY, now.plusSeconds(31), now.plusSeconds(31).plus(LEASE))))
                .extracting(LineEventStore.StoredEvent::webhookEventId).containsExactly(id("c", 1));
    }

    @Test
    void eventsOfAnInstanceThatStoppedAreClaimedAgainOnceTheirLeaseRunsOut() {
        Instant now = Instant.now();
        store.insertAll(List.of(event("a", 1, now), event("a", 2, now)));
        assertThat(ours(store.claim("gone", ANY, now.plusMillis(1), now.plusSeconds(5)))).hasSize(1);

        assertThat(ours(store.claim("other", ANY, now.plusSeconds(4), now.plusSeconds(4).plus(LEASE)))).isEmpty();
        assertThat(ours(store.claim("other", ANY, now.plusSeconds(6), now.plusSeconds(6).plus(LEASE), false)))
                .as("a claim that does not look for abandoned events").isEmpty();
        List<LineEventStore.StoredEvent> again = ours(store.claim("other", ANY, now.plusSeconds(6),
                now.plusSeconds(6).plus(LEASE)));
        assertThat(again).extracting(LineEventStore.StoredEvent::webhookEventId).containsExactly(id("a", 1));
        assertThat(again.get(0).attempts()).isEqualTo(2);
        assertThat(store.markDone(again.get(0).id(), "gone", now.plusSeconds(7)))
                .as("the instance that lost the lease cannot finish the event").isFalse();
    }

    @Test
    void aBatchOfDoneMarksFailsWhenAnyLeaseWasLostAndRedactsWhatItMust() {
        Instant now = Instant.now();
        store.insertAll(List.of(event("a", 1, now), event("b", 1, now), event("c", 1, now), event("d", 1, now)));
        assertThat(ours(store.claim("one", ANY, now.plusMillis(1), now.plus(LEASE)))).hasSize(4);
        // c's lease ran out and another instance took it over.
        jdbc.update("update line_event set lease_until = ? where id = ?", Timestamp.from(now.plusSeconds(5)),
                idOf("c", 1));
        assertThat(ours(store.claim("two", ANY, now.plusSeconds(6), now.plusSeconds(6).plus(LEASE))))
                .extracting(LineEventStore.StoredEvent::webhookEventId).containsExactly(id("c", 1));

        // (The handler rolls its transaction back then; here the test only looks at the answer.)
        assertThat(store.markAllDone(List.of(done("a", false), done("c", false)), "one", now.plusSeconds(7)))
                .as("one of the batch belongs to another instance now").isFalse();

        assertThat(store.markAllDone(List.of(done("b", true), done("d", false)), "one", now.plusSeconds(7)))
                .isTrue();
        assertThat(jdbc.queryForList("select status from line_event where id in (?, ?)", String.class,
                idOf("b", 1), idOf("d", 1))).containsOnly("DONE");
        assertThat(jdbc.queryForObject("select payload from line_event where id = ?", String.class, idOf("b", 1)))
                .isEqualTo("{\"redacted\":true}");
        assertThat(jdbc.queryForObject("select source_key from line_event where id = ?", String.class, idOf("b", 1)))
                .isEqualTo("-");
        assertThat(jdbc.queryForObject("select payload from line_event where id = ?", String.class, idOf("d", 1)))
                .isEqualTo("{}");
    }

    /**
     * The claim's "anything older still open for this user?" index holds the user's key only while an event is
     * pending or being handled: a handled or failed event leaves it (appended at the end, not in the user's place),
     * and no longer holds the user's next event back.
     */
    @Test
    void onlyOpenEventsKeepTheirUsersKeyInTheOpenIndex() {
        Instant now = Instant.now();
        store.insertAll(List.of(event("a", 1, now), event("a", 2, now), event("a", 3, now), event("b", 1, now)));
        assertThat(openKeys("a")).containsExactly("U" + run + "a", "U" + run + "a", "U" + run + "a");

        List<LineEventStore.StoredEvent> first = ours(store.claim("one", ANY, now.plusMillis(1), now.plus(LEASE)));
        assertThat(first).extracting(LineEventStore.StoredEvent::webhookEventId)
                .containsExactly(id("a", 1), id("b", 1));
        LineEventStore.StoredEvent a1 = first.get(0);
        assertThat(openKey(a1.id())).as("being handled").isEqualTo("U" + run + "a");
        store.retryLater(a1.id(), "one", now.plusMillis(2), "LINE was down");
        assertThat(openKey(a1.id())).as("waiting for its retry").isEqualTo("U" + run + "a");

        assertThat(ours(store.claim("one", ANY, now.plusMillis(3), now.plus(LEASE))))
                .extracting(LineEventStore.StoredEvent::webhookEventId).containsExactly(id("a", 1));
        store.markFailed(a1.id(), "one", now.plusMillis(4), "broken for good", false);
        assertThat(openKey(a1.id())).as("set aside").isNull();

        LineEventStore.StoredEvent a2 = ours(store.claim("one", ANY, now.plusMillis(5), now.plus(LEASE))).get(0);
        assertThat(a2.webhookEventId()).isEqualTo(id("a", 2));
        assertThat(store.markDone(a2.id(), "one", now.plusMillis(6))).isTrue();
        assertThat(openKey(a2.id())).as("handled").isNull();
        assertThat(ours(store.claim("one", ANY, now.plusMillis(7), now.plus(LEASE))))
                .extracting(LineEventStore.StoredEvent::webhookEventId).containsExactly(id("a", 3));
        assertThat(openKeys("a")).containsExactly("U" + run + "a");
    }

    @Test
    void thePurgeDeletesOnlyHandledEventsReceivedBeforeTheCutOff() {
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(40));
        store.insertAll(List.of(event("a", 1, old), event("b", 1, old), event("c", 1, old), event("d", 1, now)));
        jdbc.update("update line_event set status = 'DONE' where webhook_event_id in (?, ?)", id("a", 1), id("d", 1));
        jdbc.update("update line_event set status = 'FAILED' where webhook_event_id = ?", id("b", 1));

        // (In this test's transaction, which is rolled back: other classes' events come back with it.)
        assertThat(store.purge(now.minus(Duration.ofDays(30)))).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForList("select webhook_event_id from line_event where webhook_event_id like ? order by id",
                String.class, run + "-%")).as("still waiting, or handled within the retention")
                .containsExactly(id("c", 1), id("d", 1));
    }

    private String openKey(long id) {
        return jdbc.queryForObject("select open_key from line_event where id = ?", String.class, id);
    }

    private List<String> openKeys(String resident) {
        return jdbc.queryForList("select open_key from line_event where open_key = ? order by id", String.class,
                "U" + run + resident);
    }

    private LineEventStore.Done done(String resident, boolean redact) {
        return new LineEventStore.Done(idOf(resident, 1), redact);
    }

    /**
     * A backlog must not make each claim slower: the query reads a few rows per event it returns, not every pending
     * event. On PostgreSQL this depends on the plan, and the planner's statistics are stale while a backlog builds
     * (autovacuum analyses the table minutes later, or never when it is off); the plain query then read and sorted
     * all pending events (80 ms per claim with 10,000 waiting, seen in the webhook benchmark).
     */
    @Test
    void aClaimReadsAFewRowsPerEventWhateverTheBacklog() throws Exception {
        Instant now = Instant.now();
        int residents = 400;
        int each = 10;
        List<LineEventStore.NewEvent> backlog = new ArrayList<>();
        for (int i = 1; i <= each; i++) {
            for (int r = 0; r < residents; r++) {
                backlog.add(event("r" + r, i, now));
            }
        }
        store.insertAll(backlog);

        int limit = 32;
        long rowsRead = rowsRead(store.candidatesQuery(false), "PENDING", Timestamp.from(now.plusMillis(1)), limit);
        assertThat(rowsRead).as("rows of line_event read for %d candidates with %d pending", limit, backlog.size())
                .isLessThan(10L * limit);
        assertThat(store.claim("one", limit, now.plusMillis(1), now.plus(LEASE))).hasSize(limit);
    }

    /**
     * The other way round: statistics taken while many events were pending, and the pending events now all come
     * after thousands that were handled since. A walk by primary key would read every handled event first.
     */
    @Test
    void aClaimDoesNotReadTheEventsHandledBeforeThePendingOnes() throws Exception {
        Instant now = Instant.now();
        List<LineEventStore.NewEvent> handled = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            handled.add(event("h" + (i % 300), i, now));
        }
        store.insertAll(handled);
        if (store.postgresql()) {
            // In this transaction, so the statistics are rolled back with it.
            jdbc.execute("analyze line_event");
        }
        jdbc.update("update line_event set status = 'DONE', processed_at = ? where webhook_event_id like ?",
                Timestamp.from(now), run + "-h%");
        List<LineEventStore.NewEvent> waiting = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            waiting.add(event("w" + r, 1, now));
        }
        store.insertAll(waiting);

        int limit = 32;
        long rowsRead = rowsRead(store.candidatesQuery(false), "PENDING", Timestamp.from(now.plusMillis(1)), limit);
        assertThat(rowsRead).as("rows of line_event read for %d candidates after %d handled events", limit,
                handled.size()).isLessThan(10L * limit);
    }

    /** Rows of line_event the candidate query reads, from the database's own account of running it. */
    private long rowsRead(String query, String status, Timestamp now, int limit) throws Exception {
        if (store.postgresql()) {
            String plan = jdbc.queryForObject("explain (analyze, format json) " + query, String.class,
                    status, status, status, status, now, limit);
            return rowsRead(new ObjectMapper().readTree(plan).get(0).get("Plan"));
        }
        String plan = String.join("\n", jdbc.queryForList("explain analyze " + query, String.class,
                status, now, limit));
        Matcher scans = Pattern.compile("scanCount: (\\d+)").matcher(plan);
        long rows = 0;
        while (scans.find()) {
            rows += Long.parseLong(scans.group(1));
        }
        assertThat(rows).as("H2 reports its scans: %s", plan).isPositive();
        return rows;
    }

    private static long rowsRead(JsonNode node) {
        long rows = 0;
        if ("line_event".equals(node.path("Relation Name").asText())) {
            long loops = node.path("Actual Loops").asLong(1);
            rows += (node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()
                    + node.path("Rows Removed by Index Recheck").asLong()) * loops;
        }
        for (JsonNode child : node.path("Plans")) {
            rows += rowsRead(child);
        }
        return rows;
    }

    private List<LineEventStore.StoredEvent> ours(List<LineEventStore.StoredEvent> claimed) {
        return claimed.stream().filter(e -> e.sourceKey().startsWith("U" + run)).toList();
    }

    private long idOf(String resident, int n) {
        return jdbc.queryForObject("select id from line_event where webhook_event_id = ?", Long.class,
                id(resident, n));
    }

    private String id(String resident, int n) {
        return run + "-" + resident + "-" + n;
    }

    private LineEventStore.NewEvent event(String resident, int n, Instant at) {
        return new LineEventStore.NewEvent(id(resident, n), "U" + run + resident, "message", at, at, "{}");
    }
}
