package th.tambondesk.line.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Answers waiting to be delivered ({@code line_outbox}). A row is written in the transaction that produced the
 * answer and stays until LINE accepted it, so no answer is lost to a crash or to LINE being down.
 */
@Repository
public class LineOutbox {

    private final JdbcTemplate jdbc;

    LineOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code confidential}: recipient and messages are forgotten once the answer is delivered or given up. */
    public record NewAnswer(String recipient, @Nullable String replyToken, @Nullable Instant replyTokenExpiresAt,
                            UUID retryKey, String messages, @Nullable Long eventId, boolean confidential) {
    }

    /**
     * {@code replyUnsure}: an earlier reply with this token may have reached LINE (it timed out, or the instance that
     * sent it stopped before writing the outcome).
     */
    public record Pending(long id, String recipient, @Nullable String replyToken, @Nullable Instant replyTokenExpiresAt,
                          UUID retryKey, String messages, int attempts, Instant createdAt, boolean replyUnsure) {
    }

    public boolean hasRetryKey(UUID retryKey) {
        Integer count = jdbc.queryForObject("select count(*) from line_outbox where retry_key = ?", Integer.class,
                retryKey.toString());
        return count != null && count > 0;
    }

    /**
     * Stores an answer. With an {@code owner} it is already claimed and sent by that owner right after the commit;
     * without one the sender picks it up on its next round. Returns the row as the sender reads it.
     */
    public Pending enqueue(NewAnswer answer, @Nullable String owner, Instant now, @Nullable Instant leaseUntil) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into line_outbox (recipient, reply_token, reply_token_expires_at, retry_key, messages,
                                             event_id, status, attempts, next_attempt_at, lease_owner, lease_until,
                                             created_at, confidential)
                    values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)
                    """, new String[] {"id"});
            ps.setString(1, answer.recipient());
            ps.setString(2, answer.replyToken());
            ps.setTimestamp(3, answer.replyTokenExpiresAt() == null ? null : Timestamp.from(answer.replyTokenExpiresAt()));
            ps.setString(4, answer.retryKey().toString());
            ps.setString(5, answer.messages());
            if (answer.eventId() == null) {
                ps.setNull(6, java.sql.Types.BIGINT);
            } else {
                ps.setLong(6, answer.eventId());
            }
            ps.setTimestamp(7, Timestamp.from(now));
            ps.setString(8, owner);
            ps.setTimestamp(9, leaseUntil == null ? null : Timestamp.from(leaseUntil));
            ps.setTimestamp(10, Timestamp.from(now));
            ps.setBoolean(11, answer.confidential());
            return ps;
        }, key);
        return new Pending(key.getKey().longValue(), answer.recipient(), answer.replyToken(),
                answer.replyTokenExpiresAt(), answer.retryKey(), answer.messages(), 0, now, false);
    }

    /**
     * Claims due answers nobody holds (left by a crash, or waiting for a retry). Must run in a transaction. A row
     * whose lease ran out was being sent when its instance stopped: its reply may have been delivered.
     */
    List<Pending> claimDue(String owner, int limit, Instant now, Instant leaseUntil) {
        List<Pending> due = jdbc.query("""
                select * from line_outbox
                 where status = 'PENDING' and next_attempt_at <= ? and (lease_until is null or lease_until < ?)
                 order by id
                 limit ?
                   for update skip locked
                """, (rs, row) -> pending(rs, rs.getString("lease_owner") != null), Timestamp.from(now),
                Timestamp.from(now), limit);
        if (!due.isEmpty()) {
            jdbc.batchUpdate("update line_outbox set lease_owner = ?, lease_until = ? where id = ?", due, due.size(),
                    (ps, row) -> {
                        ps.setString(1, owner);
                        ps.setTimestamp(2, Timestamp.from(leaseUntil));
                        ps.setLong(3, row.id());
                    });
        }
        return due;
    }

    void markSent(long id, String via, Instant now) {
        jdbc.update("""
                update line_outbox set status = 'SENT', sent_via = ?, sent_at = ?, attempts = attempts + 1,
                                       lease_owner = null, lease_until = null, last_error = null,
                                       recipient = case when confidential then '-' else recipient end,
                                       messages = case when confidential then '[]' else messages end,
                                       reply_token = case when confidential then null else reply_token end
                 where id = ?
                """, via, Timestamp.from(now), id);
    }

    /**
     * Schedules another attempt; {@code dropReplyToken} makes it a push; {@code replyUnsure} records that the reply
     * just tried may have reached LINE.
     */
    void retryLater(long id, Instant next, boolean dropReplyToken, boolean replyUnsure, String error) {
        jdbc.update("""
                update line_outbox set attempts = attempts + 1, next_attempt_at = ?, lease_owner = null,
                                       lease_until = null, last_error = ?,
                                       reply_token = case when ? then null else reply_token end,
                                       reply_unsure = reply_unsure or ?
                 where id = ?
                """, Timestamp.from(next), truncate(error), dropReplyToken, replyUnsure, id);
    }

    /** Gives up on an answer: LINE refused it for good, or the resident can no longer be reached. */
    void markGivenUp(long id, String status, Instant now, String error) {
        jdbc.update("""
                update line_outbox set status = ?, sent_at = ?, attempts = attempts + 1, lease_owner = null,
                                       lease_until = null, last_error = ?,
                                       recipient = case when confidential then '-' else recipient end,
                                       messages = case when confidential then '[]' else messages end,
                                       reply_token = case when confidential then null else reply_token end
                 where id = ?
                """, status, Timestamp.from(now), truncate(error), id);
    }

    /**
     * Deletes answers delivered, dropped or given up before {@code before}: they hold recipients and texts. Pending
     * answers stay whatever their age.
     */
    public int purge(Instant before) {
        return jdbc.update("delete from line_outbox where status <> 'PENDING' and sent_at < ?", Timestamp.from(before));
    }

    private static Pending pending(ResultSet rs, boolean leaseRanOut) throws SQLException {
        Timestamp expires = rs.getTimestamp("reply_token_expires_at");
        String replyToken = rs.getString("reply_token");
        return new Pending(rs.getLong("id"), rs.getString("recipient"), replyToken,
                expires == null ? null : expires.toInstant(), UUID.fromString(rs.getString("retry_key")),
                rs.getString("messages"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("reply_unsure") || (leaseRanOut && replyToken != null));
    }

    private static @Nullable String truncate(@Nullable String error) {
        if (error == null) {
            return null;
        }
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
