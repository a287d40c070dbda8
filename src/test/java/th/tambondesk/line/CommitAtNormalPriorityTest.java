package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** A LINE worker (lowest priority) commits at normal priority and goes back to its own afterwards. */
class CommitAtNormalPriorityTest {

    /** Records the priority of the thread at each commit and rollback. */
    static class RecordingTransactions extends AbstractPlatformTransactionManager {
        final List<String> seen = new ArrayList<>();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            seen.add("begin at " + Thread.currentThread().getPriority());
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            seen.add("commit at " + Thread.currentThread().getPriority());
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            seen.add("rollback at " + Thread.currentThread().getPriority());
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final TransactionTemplate transaction = new TransactionTemplate(transactions);
    private final int original = Thread.currentThread().getPriority();

    @AfterEach
    void restore() {
        Thread.currentThread().setPriority(original);
    }

    @Test
    void aLowPriorityThreadCommitsAtNormalPriorityThenDropsBack() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        transaction.executeWithoutResult(status -> {
            CommitAtNormalPriority.register();
            assertThat(Thread.currentThread().getPriority()).as("while handling").isEqualTo(Thread.MIN_PRIORITY);
        });
        assertThat(transactions.seen).containsExactly("begin at 1", "commit at 5");
        assertThat(Thread.currentThread().getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }

    @Test
    void aRollbackAlsoRunsAtNormalPriorityAndTheThreadDropsBack() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            CommitAtNormalPriority.register();
            throw new IllegalStateException("a conversation failed");
        })).hasMessage("a conversation failed");
        assertThat(transactions.seen).containsExactly("begin at 1", "rollback at 5");
        assertThat(Thread.currentThread().getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }

    @Test
    void aThreadAtNormalPriorityIsLeftAlone() {
        Thread.currentThread().setPriority(Thread.NORM_PRIORITY);
        transaction.executeWithoutResult(status -> CommitAtNormalPriority.register());
        assertThat(transactions.seen).containsExactly("begin at 5", "commit at 5");
    }

    @Test
    void outsideATransactionNothingHappens() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        CommitAtNormalPriority.register();
        assertThat(Thread.currentThread().getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }
}
