package th.tambondesk.line.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pieces of work committed together: at once when nobody may wait, or after a linger for work nobody waits on.
 */
class GroupCommitTest {

    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

    @Test
    void withoutLingerAPieceIsCommittedAtOnce() throws Exception {
        try (GroupCommit writes = new GroupCommit("test", new TransactionTemplate(transactions), 16, 100)) {
            assertThat(writes.submit(() -> 1).get(1, TimeUnit.SECONDS)).isEqualTo(1);
            Thread.sleep(30);
            assertThat(writes.submit(() -> 2).get(1, TimeUnit.SECONDS)).isEqualTo(2);
        }
        verify(transactions, times(2)).commit(any());
    }

    @Test
    void withALingerPiecesArrivingWithinItShareOneCommit() throws Exception {
        try (GroupCommit writes = new GroupCommit("test", new TransactionTemplate(transactions), 16, 100,
                Duration.ofMillis(500))) {
            CompletableFuture<Integer> first = writes.submit(() -> 1);
            Thread.sleep(50);
            CompletableFuture<Integer> second = writes.submit(() -> 2);
            assertThat(first.get(2, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(2, TimeUnit.SECONDS)).isEqualTo(2);
        }
        verify(transactions, times(1)).commit(any());
    }

    @Test
    void aFullBatchDoesNotWaitForTheLinger() throws Exception {
        try (GroupCommit writes = new GroupCommit("test", new TransactionTemplate(transactions), 2, 100,
                Duration.ofSeconds(30))) {
            long start = System.nanoTime();
            CompletableFuture<Integer> first = writes.submit(() -> 1);
            CompletableFuture<Integer> second = writes.submit(() -> 2);
            assertThat(first.get(5, TimeUnit.SECONDS) + second.get(5, TimeUnit.SECONDS)).isEqualTo(3);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
