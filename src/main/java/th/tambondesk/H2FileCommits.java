package th.tambondesk;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On an H2 file database, a read-write transaction returns from its commit only once the commit is in the file, and
 * transactions committing together share one write of it. What TambonDesk promises rests on this: an acknowledged
 * webhook is stored, an answer goes to LINE only after its event is marked done, and a {@code kill -9} loses neither.
 * <p>
 * H2 keeps commits in memory and writes them to its file in the background, every {@code WRITE_DELAY} (500 ms by
 * default), so a killed process loses the last half second. {@code WRITE_DELAY=0} writes at each commit instead, but
 * each of those writes serialises every page changed since the one before, under one lock: in the webhook benchmark
 * that was a fifth of the server's CPU at 500 events/s, most of the webhook writer's time, and more and more
 * as the commits queued behind each other. Here, after its commit, a transaction takes a ticket and waits for a write
 * that began after it: whoever gets the lock writes once for every ticket taken so far (group commit, as databases
 * do for their log). The write reaches the operating system, so it survives the process, not the machine; H2 with
 * {@code WRITE_DELAY=0} did not sync either.
 * <p>
 * Registered with the transaction manager by Spring Boot (every {@link TransactionExecutionListener} bean is). For any
 * other database, for an in-memory H2 and for H2 over TCP (its server writes as configured) it does nothing.
 * Statements run outside a transaction (auto-commit) are written by H2's background writer.
 */
@Component
class H2FileCommits implements TransactionExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(H2FileCommits.class);

    private final DataSource dataSource;
    private final boolean h2;
    /** Tickets taken: commits that want a write. */
    private final AtomicLong tickets = new AtomicLong();
    private final Object writeLock = new Object();
    /** The last ticket that a finished write covers; guarded by {@link #writeLock}. */
    private long written;
    /** The open database's store; guarded by {@link #writeLock}. */
    private MVStore store;
    /** Embedded H2 without a file (in memory): nothing to write. */
    private volatile boolean nothingToWrite;

    H2FileCommits(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.dataSource = dataSource;
        this.h2 = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure == null && h2 && !nothingToWrite && transaction.isNewTransaction()
                && !transaction.isReadOnly()) {
            write();
        }
    }

    /** Returns once everything committed before the call is in the file. */
    void write() {
        long ticket = tickets.incrementAndGet();
        synchronized (writeLock) {
            if (written >= ticket) {
                return;
            }
            long covers = tickets.get();
            Thread thread = Thread.currentThread();
            int priority = thread.getPriority();
            // Others wait for this lock: write at normal priority even on a low-priority worker (see README, Deploy).
            thread.setPriority(Math.max(priority, Thread.NORM_PRIORITY));
            try {
                MVStore open = openStore();
                if (open != null) {
                    open.commit();
                }
                written = covers;
            } catch (MVStoreException e) {
                if (store != null && store.isClosed()) {
                    // Closed while we came: closing wrote everything.
                    written = covers;
                    return;
                }
                throw new TransientDataAccessResourceException("committed, but H2 could not write it to its file", e);
            } finally {
                thread.setPriority(priority);
            }
        }
    }

    /** The store of the database now open; found again after the database was closed and opened. */
    private MVStore openStore() {
        if (store != null && !store.isClosed()) {
            return store;
        }
        // The committing transaction's connection is still bound to the thread: take no second one from the pool
        // while others wait for the lock.
        Object bound = TransactionSynchronizationManager.getResource(dataSource);
        try {
            if (bound instanceof ConnectionHolder holder) {
                return storeOf(holder.getConnection());
            }
            try (Connection connection = dataSource.getConnection()) {
                return storeOf(connection);
            }
        } catch (SQLException e) {
            throw new TransientDataAccessResourceException("H2 could not be reached to write a commit", e);
        }
    }

    private MVStore storeOf(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            nothingToWrite = true;
            return null;
        }
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local) || local.getDatabase().getStore() == null) {
            log.info("H2 is not embedded here; its server writes commits as it is configured to");
            nothingToWrite = true;
            return null;
        }
        store = local.getDatabase().getStore().getMvStore();
        if (store.getFileStore() == null) {
            nothingToWrite = true;
        }
        return store;
    }
}
