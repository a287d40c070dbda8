package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tambondesk.MigratedDatabaseTest;
import th.tambondesk.common.MutableClock;
import th.tambondesk.line.channel.TestLineProperties;
import th.tambondesk.line.outbox.LineOutbox;
import th.tambondesk.line.queue.LineEventStore;

/**
 * The outbox does not grow forever: answers delivered, dropped or given up are deleted after the event retention
 * (they hold recipients and texts), answers still waiting never. A retry key is unique, so a notification handled
 * twice cannot queue a second push. Each test's rows are rolled back with its transaction.
 */
@MigratedDatabaseTest
@Import({LineEventStore.class, LineOutbox.class})
class LineRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T20:17:00Z");

    @Autowired
    LineEventStore events;

    @Autowired
    LineOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    private final String recipient = "U" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void deletesFinishedAnswersOlderThanTheRetentionAndKeepsWaitingOnes() {
        long sentLongAgo = answer("SENT", NOW.minus(Duration.ofDays(31)));
        long droppedLongAgo = answer("DROPPED", NOW.minus(Duration.ofDays(40)));
        long failedLongAgo = answer("FAILED", NOW.minus(Duration.ofDays(31)));
        long waitingLongAgo = answer("PENDING", NOW.minus(Duration.ofDays(60)));
        long sentLately = answer("SENT", NOW.minus(Duration.ofDays(29)));

        retention().purge();

        assertThat(jdbc.queryForList("select id from line_outbox where recipient = ?", Long.class, recipient))
                .containsExactlyInAnyOrder(waitingLongAgo, sentLately)
                .doesNotContain(sentLongAgo, droppedLongAgo, failedLongAgo);
    }

    @Test
    void aRetryKeyIsQueuedOnceAndFoundByTheIndex() {
        UUID key = UUID.randomUUID();
        LineOutbox.NewAnswer answer = new LineOutbox.NewAnswer(recipient, null, null, key, "[]", null, false);
        outbox.enqueue(answer, null, NOW, null);

        assertThat(outbox.hasRetryKey(key)).isTrue();
        List<String> uniqueColumns = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, "line_outbox", true, false)) {
                while (rs.next()) {
                    columns.add(String.valueOf(rs.getString("COLUMN_NAME")).toLowerCase());
                }
            }
            return columns;
        });
        assertThat(uniqueColumns).as("unique indexes of line_outbox").contains("retry_key");
        // Last: on PostgreSQL the refused insert ends the test's transaction.
        assertThatThrownBy(() -> outbox.enqueue(answer, null, NOW, null)).isInstanceOf(DuplicateKeyException.class);
    }

    private LineRetention retention() {
        return new LineRetention(events, outbox, TestLineProperties.with("event-retention", "30d"),
                new MutableClock(NOW));
    }

    private long answer(String status, Instant finishedAt) {
        LineOutbox.Pending row = outbox.enqueue(new LineOutbox.NewAnswer(recipient, null, null, UUID.randomUUID(),
                "[{\"type\":\"text\",\"text\":\"เรื่องของท่านเสร็จสิ้นแล้ว\"}]", null, false), null,
                finishedAt.minusSeconds(5), null);
        if (!"PENDING".equals(status)) {
            jdbc.update("update line_outbox set status = ?, sent_at = ? where id = ?", status,
                    Timestamp.from(finishedAt), row.id());
        }
        return row.id();
    }
}
