package th.tambondesk.stats;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import th.tambondesk.cases.CaseCountsChanged;
import th.tambondesk.cases.CaseStatistics;
import th.tambondesk.common.FiscalYear;

/**
 * Keeps the monthly rollups current, so reports never read the raw log or the cases. Every minute: months of cases
 * that changed, the current month of the log when it has grown (and the previous one until it is surely final), and
 * any month never rolled up (the first start on an existing database). Then the distinct residents of each fiscal
 * year touched. Each month is recounted in its own transaction; several instances may run this at once.
 */
@Component
class StatsRollups {

    static final String CASES = "CASES";
    static final String INTERACTIONS = "INTERACTIONS";
    /** How long after a month ends its log may still receive rows (transactions that started in it). */
    private static final Duration SETTLING = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(StatsRollups.class);

    private final CaseRollup caseRollup;
    private final InteractionRollup interactionRollup;
    private final CaseStatistics cases;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    StatsRollups(CaseRollup caseRollup, InteractionRollup interactionRollup, CaseStatistics cases, JdbcTemplate jdbc,
                 TransactionTemplate transactions, Clock clock) {
        this.caseRollup = caseRollup;
        this.interactionRollup = interactionRollup;
        this.cases = cases;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** In the transaction of the change: the month of the case must be recounted. */
    @EventListener
    void on(CaseCountsChanged changed) {
        jdbc.update("insert into stats_case_change (ym) values (?)", Months.key(Months.of(changed.receivedAt())));
    }

    @Scheduled(fixedDelayString = "${tambondesk.stats.refresh-interval:PT1M}",
            initialDelayString = "${tambondesk.stats.initial-delay:PT15S}")
    void scheduled() {
        try {
            refresh();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Statistics not brought up to date, trying again at the next run: {}", e.toString());
        }
    }

    /** Brings every rollup up to date; returns how many months were recounted. Waits for a run in progress. */
    int refresh() {
        running.lock();
        try {
            Instant now = clock.instant();
            YearMonth current = Months.of(now);
            TreeSet<YearMonth> touched = new TreeSet<>();
            refreshInteractions(now, current, touched);
            refreshCases(current, touched);
            touched.stream().map(FiscalYear::of).distinct().forEach(this::yearFigures);
            if (!touched.isEmpty()) {
                log.debug("Statistics recounted for {}", touched);
            }
            return touched.size();
        } finally {
            running.unlock();
        }
    }

    /** When the rollups were last brought up to date, for the pages to say. */
    Optional<Instant> lastRefresh() {
        Timestamp last = jdbc.queryForObject("select max(computed_at) from stats_rollup_month", Timestamp.class);
        return Optional.ofNullable(last).map(Timestamp::toInstant);
    }

    private void refreshInteractions(Instant now, YearMonth current, TreeSet<YearMonth> touched) {
        Timestamp first = jdbc.queryForObject("select min(occurred_at) from interaction_log", Timestamp.class);
        if (first == null) {
            return;
        }
        long mark = interactionRollup.mark();
        Map<YearMonth, Rolled> rolled = rolled(INTERACTIONS);
        for (YearMonth month = Months.of(first.toInstant()); !month.isAfter(current); month = month.plusMonths(1)) {
            Rolled done = rolled.get(month);
            boolean settled = done != null && done.at().isAfter(Months.end(month).plus(SETTLING));
            boolean stale = done == null || (!settled && !Long.valueOf(mark).equals(done.mark()));
            if (stale) {
                YearMonth m = month;
                if (inTransaction(m, () -> {
                    interactionRollup.recompute(m);
                    record(INTERACTIONS, m, now, mark);
                })) {
                    touched.add(m);
                }
            }
        }
    }

    private void refreshCases(YearMonth current, TreeSet<YearMonth> touched) {
        Map<YearMonth, Long> changed = new HashMap<>();
        jdbc.query("select ym, max(id) as upto from stats_case_change group by ym",
                rs -> {
                    changed.put(YearMonth.parse(rs.getString("ym")), rs.getLong("upto"));
                });
        TreeSet<YearMonth> months = new TreeSet<>(changed.keySet());
        Optional<Instant> first = cases.firstReceived();
        if (first.isPresent()) {
            Map<YearMonth, Rolled> rolled = rolled(CASES);
            for (YearMonth m = Months.of(first.get()); !m.isAfter(current); m = m.plusMonths(1)) {
                if (!rolled.containsKey(m)) {
                    months.add(m);
                }
            }
        }
        for (YearMonth month : months) {
            Long upto = changed.get(month);
            if (inTransaction(month, () -> {
                if (upto != null) {
                    // Only the changes seen: one committed during this recount stays, and is recounted next time.
                    jdbc.update("delete from stats_case_change where ym = ? and id <= ?", Months.key(month), upto);
                }
                caseRollup.recompute(month);
                record(CASES, month, clock.instant(), null);
            })) {
                touched.add(month);
            }
        }
    }

    private boolean inTransaction(YearMonth month, Runnable work) {
        try {
            transactions.executeWithoutResult(status -> work.run());
            return true;
        } catch (DataAccessException e) {
            // Another instance recounted the same month at the same moment: its result stands.
            log.info("Statistics of {} not recounted here this time: {}", month, e.getMessage());
            return false;
        }
    }

    private void yearFigures(FiscalYear year) {
        List<YearMonth> months = year.months();
        String from = Months.key(months.get(0));
        String to = Months.key(months.get(11));
        transactions.executeWithoutResult(status -> {
            for (String figure : List.of(Figures.USERS, Figures.REQUESTERS)) {
                Long n = jdbc.queryForObject("select count(distinct resident) from stats_resident_month "
                        + "where who = ? and ym between ? and ?", Long.class,
                        figure.equals(Figures.USERS) ? "USER" : "REQUESTER", from, to);
                Figures.put(jdbc, yearPeriod(year), figure, n == null ? 0 : n);
            }
        });
    }

    static String yearPeriod(FiscalYear year) {
        return "FY" + year.buddhistYear();
    }

    private record Rolled(Instant at, @Nullable Long mark) {
    }

    private Map<YearMonth, Rolled> rolled(String source) {
        Map<YearMonth, Rolled> rolled = new HashMap<>();
        jdbc.query("select ym, computed_at, source_mark from stats_rollup_month where source = ?", rs -> {
            long mark = rs.getLong("source_mark");
            rolled.put(YearMonth.parse(rs.getString("ym")),
                    new Rolled(rs.getTimestamp("computed_at").toInstant(), rs.wasNull() ? null : mark));
        }, source);
        return rolled;
    }

    private void record(String source, YearMonth month, Instant at, @Nullable Long mark) {
        jdbc.update("delete from stats_rollup_month where source = ? and ym = ?", source, Months.key(month));
        jdbc.update("insert into stats_rollup_month (source, ym, computed_at, source_mark) values (?, ?, ?, ?)",
                source, Months.key(month), Timestamp.from(at), mark);
    }
}
