package th.tambondesk.line;

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
 * Pieces of work committed together: at once when nobody may wait, after a linger for work nobody waits on, or after
 * a linger only while pieces come faster than it.
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

    @Test
    void aLingerWhenBusyCommitsAPieceAtOnceAfterAQuietSpell() throws Exception {
        try (GroupCommit writes = new GroupCommit("test", new TransactionTemplate(transactions), 16, 100,
                Duration.ofSeconds(30), GroupCommit.Linger.WHEN_BUSY)) {
            assertThat(writes.submit(() -> 1).get(5, TimeUnit.SECONDS)).isEqualTo(1);
        }
        verify(transactions, times(1)).commit(any());
    }

    @Test
    void aLingerWhenBusyLetsPiecesQueuedRightAfterTheOneBeforeShareACommit() throws Exception {
        try (GroupCommit writes = new GroupCommit("test", new TransactionTemplate(transactions), 16, 100,
                Duration.ofSeconds(1), GroupCommit.Linger.WHEN_BUSY)) {
            assertThat(writes.submit(() -> 1).get(5, TimeUnit.SECONDS)).isEqualTo(1);
            CompletableFuture<Integer> second = writes.submit(() -> 2);
            Thread.sleep(50);
            CompletableFuture<Integer> third = writes.submit(() -> 3);
            assertThat(second.get(5, TimeUnit.SECONDS) + third.get(5, TimeUnit.SECONDS)).isEqualTo(5);
        }
        verify(transactions, times(2)).commit(any());
    }

    @Test
    void aLingerWhenBusyDoesNotHoldPiecesFurtherApartThanItEvenRightAfterASlowCommit() throws Exception {
        try (GroupCommit writes = new GroupCommit("test", new TransactionTemplate(transactions), 16, 100,
                Duration.ofMillis(800), GroupCommit.Linger.WHEN_BUSY)) {
            CompletableFuture<Integer> slow = writes.submit(() -> {
                sleep(1_000);
                return 1;
            });
            sleep(900);
            // Queued 0.9 s after the one before: committed as soon as the slow commit is done, not 0.8 s later
            // together with the next piece.
            CompletableFuture<Integer> second = writes.submit(() -> 2);
            sleep(600);
            CompletableFuture<Integer> third = writes.submit(() -> 3);
            assertThat(slow.get(5, TimeUnit.SECONDS) + second.get(5, TimeUnit.SECONDS) + third.get(5, TimeUnit.SECONDS))
                    .isEqualTo(6);
        }
        verify(transactions, times(3)).commit(any());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
