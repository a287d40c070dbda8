package th.tambondesk;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tambondesk.common.DatabaseProduct;

/**
 * Vacuums the database every {@code tambondesk.db.vacuum-interval} (30 s; 0 never) when it is PostgreSQL with
 * autovacuum turned off.
 * <p>
 * PostgreSQL keeps the old version of an updated row, and its index entries, until VACUUM removes them. The event
 * log and the outbox are queues: each event is written once and updated twice, and every claim of the next event
 * steps over the index entries of all the events handled since the last vacuum. Without vacuum each claim is slower
 * than the one before. Autovacuum does this in a normal installation (and visits the queue tables early, see the
 * PostgreSQL migration V17_2); some turn it off, CI servers among them, and then TambonDesk does it itself. H2 needs
 * none of this.
 */
@Component
class DatabaseHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHousekeeping.class);

    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread t = new Thread(work, "database-housekeeping");
        t.setDaemon(true);
        return t;
    });
    /** Known after the first look at a reachable database. */
    private volatile @Nullable Boolean needed;

    DatabaseHousekeeping(JdbcTemplate jdbc, @Value("${tambondesk.db.vacuum-interval:30s}") Duration interval) {
        this.jdbc = jdbc;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        long millis = interval.toMillis();
        thread.scheduleWithFixedDelay(this::vacuumQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    /** Vacuums and analyses the database if it needs this from us; returns whether it did. */
    boolean vacuum() {
        if (!needed()) {
            return false;
        }
        long started = System.nanoTime();
        // Every table the application's user owns; VACUUM cannot run in a transaction, and this connection has none.
        jdbc.execute("vacuum (analyze)");
        log.debug("Vacuumed the database in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    boolean needed() {
        Boolean known = needed;
        if (known == null) {
            known = DatabaseProduct.isPostgresql(jdbc)
                    && "off".equals(jdbc.queryForObject("select current_setting('autovacuum')", String.class));
            if (known) {
                log.info("PostgreSQL's autovacuum is off: TambonDesk vacuums its database every {} "
                        + "(TAMBONDESK_DB_VACUUM_INTERVAL, 0 for never)", interval);
            }
            needed = known;
        }
        return known;
    }

    private void vacuumQuietly() {
        try {
            vacuum();
        } catch (DataAccessException e) {
            log.warn("Could not vacuum the database; trying again in {}: {}", interval, e.toString());
        } catch (RuntimeException e) {
            log.error("Database housekeeping failed; trying again in {}", interval, e);
        }
    }
}
