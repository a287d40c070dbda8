package th.tambondesk.stats;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.tambondesk.conversation.ResidentInteracted;

/**
 * Writes each interaction in the transaction that handled it, so the log never counts a message that was rolled
 * back and never misses one that was handled. Within a transaction the rows are written together just before the
 * commit, in one batch: a LINE worker handles many events in one transaction, two rows each, and on PostgreSQL
 * every single insert was a round trip of its own.
 */
@Component
class InteractionLog {

    private static final String INSERT = """
            insert into interaction_log (channel, resident, direction, kind, occurred_at)
            values (?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;

    InteractionLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ResidentInteracted interaction) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(interaction));
            return;
        }
        pending().rows.add(interaction);
    }

    /**
     * This transaction's batch. Looked up among its synchronizations, which Spring keeps per transaction: an inner
     * REQUIRES_NEW transaction gets a batch of its own, written at its own commit.
     */
    private Pending pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner() == this) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private void write(List<ResidentInteracted> rows) {
        jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> {
            ps.setString(1, row.channel().name());
            ps.setString(2, row.resident());
            ps.setString(3, row.direction().name());
            ps.setString(4, row.kind().name());
            ps.setTimestamp(5, Timestamp.from(row.at()));
        });
    }

    /** The rows of one transaction, written before it commits and dropped if it rolls back. */
    private final class Pending implements TransactionSynchronization {

        private final List<ResidentInteracted> rows = new ArrayList<>();

        private InteractionLog owner() {
            return InteractionLog.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write(rows);
        }
    }
}
