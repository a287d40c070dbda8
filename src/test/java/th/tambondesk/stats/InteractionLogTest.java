package th.tambondesk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import th.tambondesk.MigratedDatabaseTest;
import th.tambondesk.conversation.Channel;
import th.tambondesk.conversation.InteractionKind;
import th.tambondesk.conversation.ResidentInteracted;
import th.tambondesk.conversation.ResidentInteracted.Direction;

/**
 * The interaction log writes a transaction's rows together just before it commits: exactly the interactions of
 * committed work are counted, on both databases.
 */
@MigratedDatabaseTest
@Import(InteractionLog.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class InteractionLogTest {

    /** A pseudonym no other test uses, so the rows of this test are found and removed again. */
    private final String resident = "interaction-log-test-" + Long.toString(System.nanoTime(), 36);
    private final Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    InteractionLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void removeRows() {
        jdbc.update("delete from interaction_log where resident = ?", resident);
    }

    @Test
    void writesATransactionsRowsWhenItCommits() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.on(interaction(Direction.IN, InteractionKind.TEXT));
            log.on(interaction(Direction.OUT, InteractionKind.ANSWER));
            assertThat(rows()).as("nothing written before the commit").isZero();
        });

        assertThat(rows()).isEqualTo(2);
        assertThat(jdbc.queryForList("select kind from interaction_log where resident = ? order by id", String.class,
                resident)).containsExactly("TEXT", "ANSWER");
        assertThat(jdbc.queryForObject("select channel from interaction_log where resident = ? and kind = 'TEXT'",
                String.class, resident)).isEqualTo("LINE");
    }

    @Test
    void countsNothingOfARolledBackTransaction() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.on(interaction(Direction.IN, InteractionKind.TEXT));
            throw new IllegalStateException("handling failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rows()).isZero();

        // The next transaction on this thread starts a batch of its own.
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                log.on(interaction(Direction.IN, InteractionKind.TAP)));
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void anInnerNewTransactionCommitsItsOwnRows() {
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.on(interaction(Direction.IN, InteractionKind.TEXT));
            inner.executeWithoutResult(s -> log.on(interaction(Direction.OUT, InteractionKind.NOTIFICATION)));
            throw new IllegalStateException("the outer work fails after the inner one committed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForList("select kind from interaction_log where resident = ?", String.class, resident))
                .containsExactly("NOTIFICATION");
    }

    @Test
    void writesAtOnceOutsideATransaction() {
        log.on(interaction(Direction.OUT, InteractionKind.NOTIFICATION));

        assertThat(rows()).isEqualTo(1);
    }

    private ResidentInteracted interaction(Direction direction, InteractionKind kind) {
        return new ResidentInteracted(Channel.LINE, resident, direction, kind, at);
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from interaction_log where resident = ?", Integer.class, resident);
    }
}
