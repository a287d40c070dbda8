package th.tambondesk.line.queue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import th.tambondesk.common.DatabaseProduct;

/**
 * The durable log of raw webhook events ({@code line_event}). Plain JDBC: this is the hot path of the webhook and
 * the claim query needs row locks that skip rows other instances hold.
 */
@Repository
public class LineEventStore {

    static final String PENDING = "PENDING";
    static final String PROCESSING = "PROCESSING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    /**
     * Due events that are the oldest open event of their user (or group): one at a time per user, in order. The
     * cost is a few index lookups per event returned, whatever the backlog: index line_event_status_id walks the
     * events of one status in order, line_event_open_key answers "anything older still open for this user?" (its
     * {@code open_key} is the user's key while an event is pending or being handled, null after). The
     * candidates are then locked and checked again; SKIP LOCKED lets several instances claim side by side without
     * ever taking the same row.
     * <p>
     * H2 walks the index in order ("index sorted", no locks yet) and stops at the limit.
     */
    private static final String CANDIDATES = """
            select e.id from line_event e
             where e.status = ? and %s < ?
               and not exists (select 1 from line_event o where o.open_key = e.open_key and o.id < e.id)
             order by e.status, e.id
             limit ?
            """;
    /**
     * The same for PostgreSQL, whose planner picks its plan from statistics that are stale whenever it matters: a
     * backlog builds up in seconds, long before autovacuum analyses the table again (and autovacuum may be off).
     * With statistics that said "few pending", the query above read every pending event, probed each against an
     * index and sorted them, so a claim grew slower with the backlog; with statistics that said "many pending", a walk
     * by primary key read every handled event before the first pending one. Here each step is an index probe with
     * LIMIT 1 whose order only one index gives, so no statistics can make another plan look cheaper:
     * <ul>
     * <li>the walk asks for "the next event of this status after this one" in (status, id) order. The status is
     * written as a range ({@code between ? and ?}, one value), not {@code =}: with {@code =} the order is just id,
     * which the primary key also gives, and the planner may scan it from the first event ever stored;</li>
     * <li>each candidate asks for the oldest open event of its user, in the order of index line_event_open_key.
     * This probe sits in the select list, where it stays a per-row probe rather than a join over every open
     * event.</li>
     * </ul>
     * Events of a user behind that user's first open one are walked over, so a user with thousands waiting costs a
     * step each.
     */
    private static final String CANDIDATES_POSTGRESQL = """
            with recursive walk (id, source_key, due) as (
                (select e.id, e.source_key, %1$s from line_event e
                  where e.status between ? and ? order by e.status, e.id limit 1)
              union all
                (select n.id, n.source_key, n.due from walk w
                   cross join lateral (select e.id, e.source_key, %1$s as due from line_event e
                                        where e.status between ? and ? and e.id > w.id
                                        order by e.status, e.id limit 1) n)
            )
            select c.id from (
                select w.id, w.due,
                       coalesce((select o.id from line_event o
                                  where o.open_key = w.source_key
                                  order by o.open_key, o.id limit 1), w.id) >= w.id as first_open
                  from walk w) c
             where c.due < ? and c.first_open
             limit ?
            """;
    private static final String LOCK = """
            select id, webhook_event_id, source_key, received_at, occurred_at, attempts, payload
              from line_event e
             where e.id in (%s) and e.status = ? and %s < ?
             order by e.id
               for update skip locked
            """;
    private static final String DUE = "e.next_attempt_at";
    /** Events whose instance stopped (or lost its lease) while handling them. */
    private static final String ABANDONED = "e.lease_until";

    private final JdbcTemplate jdbc;
    /** Decided on the first claim rather than at start-up, which must not need the database to be up. */
    private volatile @Nullable Boolean postgresql;

    LineEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NewEvent(String webhookEventId, String sourceKey, String type, Instant occurredAt, Instant receivedAt,
                    String payload) {
    }

    public record StoredEvent(long id, String webhookEventId, String sourceKey, Instant receivedAt, Instant occurredAt,
                       int attempts, String payload) {
    }

    /** Inserts the events, skipping any whose webhookEventId is already stored. Returns how many were new. */
    public int insertAll(List<NewEvent> events) {
        int[][] counts = jdbc.batchUpdate("""
                insert into line_event (webhook_event_id, source_key, event_type, occurred_at, received_at, payload,
                                        status, attempts, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)
                on conflict do nothing
                """, events, events.size(), (ps, e) -> {
            ps.setString(1, e.webhookEventId());
            ps.setString(2, e.sourceKey());
            ps.setString(3, e.type());
            ps.setTimestamp(4, Timestamp.from(e.occurredAt()));
            ps.setTimestamp(5, Timestamp.from(e.receivedAt()));
            ps.setString(6, e.payload());
            ps.setTimestamp(7, Timestamp.from(e.receivedAt()));
        });
        int inserted = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                inserted += Math.max(count, 0);
            }
        }
        return inserted;
    }

    /** Claims up to {@code limit} due events for {@code owner}. Must run inside a transaction. */
    public List<StoredEvent> claim(String owner, int limit, Instant now, Instant leaseUntil) {
        return claim(owner, limit, now, leaseUntil, true);
    }

    /**
     * As {@link #claim(String, int, Instant, Instant)}; without {@code abandoned} it skips looking for events whose
     * lease ran out. That look walks every event being handled, with two probes each, and finds something only
     * after an instance stopped: the dispatcher asks for it once per poll interval, not on every claim.
     */
    public List<StoredEvent> claim(String owner, int limit, Instant now, Instant leaseUntil, boolean abandoned) {
        RowMapper<StoredEvent> row = (rs, i) -> new StoredEvent(
                rs.getLong("id"),
                rs.getString("webhook_event_id"),
                rs.getString("source_key"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getInt("attempts") + 1,
                rs.getString("payload"));
        List<StoredEvent> claimed = new ArrayList<>(abandoned
                ? claimable(row, "PROCESSING", ABANDONED, now, limit) : List.of());
        if (claimed.size() < limit) {
            claimed.addAll(claimable(row, "PENDING", DUE, now, limit - claimed.size()));
        }
        if (!claimed.isEmpty()) {
            jdbc.batchUpdate("""
                    update line_event set status = 'PROCESSING', lease_owner = ?, lease_until = ?, attempts = attempts + 1
                     where id = ?
                    """, claimed, claimed.size(), (ps, e) -> {
                ps.setString(1, owner);
                ps.setTimestamp(2, Timestamp.from(leaseUntil));
                ps.setLong(3, e.id());
            });
        }
        return claimed;
    }

    private List<StoredEvent> claimable(RowMapper<StoredEvent> row, String status, String time, Instant now,
                                        int limit) {
        List<Long> ids = postgresql()
                ? jdbc.queryForList(CANDIDATES_POSTGRESQL.formatted(time), Long.class, status, status, status,
                        status, Timestamp.from(now), limit)
                : jdbc.queryForList(CANDIDATES.formatted(time), Long.class, status, Timestamp.from(now), limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(ids);
        args.add(status);
        args.add(Timestamp.from(now));
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return jdbc.query(LOCK.formatted(placeholders, time), row, args.toArray());
    }

    /**
     * Marks a claimed event done, inside the transaction that handled it. False when the lease was lost to another
     * instance, in which case the caller must roll back so the event's effects happen only once.
     */
    boolean markDone(long id, String owner, Instant now) {
        return markAllDone(List.of(new Done(id, false)), owner, now);
    }

    /**
     * A handled event to mark done; {@code redact} also drops what the event said and who sent it (an integrity
     * report must not stay next to the reporter's LINE id), keeping only its id against redelivery.
     */
    public record Done(long id, boolean redact) {
    }

    /**
     * Marks handled events done in one batch, inside the transaction that handled them. False when the lease of any
     * of them was lost to another instance: the caller must then roll back, so that no event's effects happen twice.
     */
    public boolean markAllDone(List<Done> done, String owner, Instant now) {
        if (done.isEmpty()) {
            return true;
        }
        Timestamp at = Timestamp.from(now);
        int[][] counts = jdbc.batchUpdate("""
                update line_event set status = 'DONE', processed_at = ?, lease_owner = null, lease_until = null,
                                      last_error = null,
                                      payload = case when ? then '{"redacted":true}' else payload end,
                                      source_key = case when ? then '-' else source_key end
                 where id = ? and lease_owner = ? and status = 'PROCESSING'
                """, done, done.size(), (ps, event) -> {
            ps.setTimestamp(1, at);
            ps.setBoolean(2, event.redact());
            ps.setBoolean(3, event.redact());
            ps.setLong(4, event.id());
            ps.setString(5, owner);
        });
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Gives a claimed event back to be tried again at {@code nextAttempt}. */
    public void retryLater(long id, String owner, Instant nextAttempt, String error) {
        jdbc.update("""
                update line_event set status = 'PENDING', next_attempt_at = ?, lease_owner = null, lease_until = null,
                                      last_error = ?
                 where id = ? and lease_owner = ? and status = 'PROCESSING'
                """, Timestamp.from(nextAttempt), truncate(error), id, owner);
    }

    /**
     * Sets a claimed event aside for good, so the events after it can go on. {@code redact} drops what the event said
     * and who sent it at once, as for a handled event of the integrity channel.
     */
    void markFailed(long id, String owner, Instant now, String error, boolean redact) {
        jdbc.update("""
                update line_event set status = 'FAILED', processed_at = ?, lease_owner = null, lease_until = null,
                                      last_error = ?,
                                      payload = case when ? then '{"redacted":true}' else payload end,
                                      source_key = case when ? then '-' else source_key end
                 where id = ? and lease_owner = ? and status = 'PROCESSING'
                """, Timestamp.from(now), truncate(error), redact, redact, id, owner);
    }

    /** On an orderly shutdown, hands the events this instance still holds back at once. */
    int release(String owner) {
        return jdbc.update("""
                update line_event set status = 'PENDING', lease_owner = null, lease_until = null
                 where lease_owner = ? and status = 'PROCESSING'
                """, owner);
    }

    /**
     * Deletes processed events received before {@code before}. Once a night: it reads every handled event (by the
     * status index), which is cheaper than an index on {@code received_at} that every stored event would write into.
     */
    public int purge(Instant before) {
        return jdbc.update("delete from line_event where status in ('DONE', 'FAILED') and received_at < ?",
                Timestamp.from(before));
    }

    /** The candidate query for this database, with the due-time column filled in; for tests that check its plan. */
    String candidatesQuery(boolean abandoned) {
        return (postgresql() ? CANDIDATES_POSTGRESQL : CANDIDATES).formatted(abandoned ? ABANDONED : DUE);
    }

    boolean postgresql() {
        Boolean known = postgresql;
        if (known == null) {
            known = DatabaseProduct.isPostgresql(jdbc);
            postgresql = known;
        }
        return known;
    }

    private static @Nullable String truncate(@Nullable String error) {
        if (error == null) {
            return null;
        }
        return error.length() > 500 ? error.substring(0, 500) : error;
    }
}
