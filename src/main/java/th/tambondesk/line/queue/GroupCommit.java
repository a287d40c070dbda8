package th.tambondesk.line.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Small pieces of database work from many threads, committed together: one thread takes whatever is waiting (up to
 * {@code maxBatch} pieces) and runs it in one transaction. Each caller's future completes when its piece is
 * committed, or fails with the batch. Under load many webhooks share one commit, which is what a database that
 * writes every commit to disk (PostgreSQL, H2 with WRITE_DELAY=0) needs; when idle a piece is committed at once,
 * unless the owner allows a {@code linger}: then the thread waits that long for more before committing, for work
 * nobody waits on; a piece then waits at most the linger from the moment it was queued.
 */
public final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private record Piece<T>(Supplier<T> work, CompletableFuture<T> done, long queuedAt) {
    }

    private final TransactionTemplate transaction;
    private final int maxBatch;
    private final long lingerNanos;
    private final BlockingQueue<Piece<?>> queue;
    private final Thread thread;
    private volatile boolean open = true;

    public GroupCommit(String name, TransactionTemplate transaction, int maxBatch, int capacity) {
        this(name, transaction, maxBatch, capacity, Duration.ZERO);
    }

    public GroupCommit(String name, TransactionTemplate transaction, int maxBatch, int capacity, Duration linger) {
        this.transaction = transaction;
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues the work; the future fails at once when the queue is full or closed. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        if (!open || !queue.offer(new Piece<>(work, done, System.nanoTime()))) {
            done.completeExceptionally(new RejectedExecutionException("too much waiting to be stored"));
        }
        return done;
    }

    private void run() {
        List<Piece<?>> batch = new ArrayList<>(maxBatch);
        while (open || !queue.isEmpty()) {
            try {
                Piece<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                linger(batch);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        failAll(new RejectedExecutionException("shutting down"));
    }

    /** Waits for more pieces until the first has waited the linger time, while the batch has room. */
    private void linger(List<Piece<?>> batch) throws InterruptedException {
        long first = batch.get(0).queuedAt();
        if (lingerNanos == 0) {
            return;
        }
        long deadline = first + lingerNanos;
        while (batch.size() < maxBatch) {
            long left = deadline - System.nanoTime();
            Piece<?> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, maxBatch - batch.size());
        }
    }

    private void commit(List<Piece<?>> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        try {
            transaction.executeWithoutResult(status -> {
                results.clear();
                for (Piece<?> piece : batch) {
                    results.add(piece.work().get());
                }
            });
        } catch (RuntimeException e) {
            for (Piece<?> piece : batch) {
                piece.done().completeExceptionally(e);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Piece<T> piece, Object result) {
        try {
            piece.done().complete((T) result);
        } catch (RuntimeException e) {
            log.warn("A caller's follow-up failed: {}", e.toString());
        }
    }

    private void failAll(RuntimeException e) {
        Piece<?> piece;
        while ((piece = queue.poll()) != null) {
            piece.done().completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failAll(new RejectedExecutionException("shut down"));
    }
}
