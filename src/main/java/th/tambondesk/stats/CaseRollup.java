package th.tambondesk.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tambondesk.cases.CaseStatistics;
import th.tambondesk.cases.CaseStatus;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.ThaiDates;

/** Recounts the cases received in one month into the rollup tables. Runs inside the caller's transaction. */
@Component
class CaseRollup {

    private final CaseStatistics cases;
    private final Catalog catalog;
    private final JdbcTemplate jdbc;

    CaseRollup(CaseStatistics cases, Catalog catalog, JdbcTemplate jdbc) {
        this.cases = cases;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    private static final class Counts {
        int received;
        int finished;
        int closedOther;
        int inProgress;
        int reopened;
        int cancelled;
        int merged;
        int finishedTimed;
        int finishedOnTime;
        long daysSum;
    }

    private record Key(String service, String channel) {
    }

    private record Bucket(String service, int value) {
    }

    void recompute(YearMonth month) {
        // A service whose standard time is unknown has a default due date: finishing by it says nothing.
        Set<String> timed = catalog.allServicesIncludingClosed().stream()
                .filter(s -> s.standardTime().known()).map(ServiceView::code).collect(Collectors.toSet());
        Map<Key, Counts> counts = new HashMap<>();
        Map<Bucket, Integer> days = new HashMap<>();
        Map<Bucket, Integer> ratings = new HashMap<>();
        Set<String> requesters = new HashSet<>();
        cases.forEachReceived(Months.start(month), Months.end(month), fact -> {
            Counts c = counts.computeIfAbsent(new Key(fact.serviceCode(), fact.channel().name()), k -> new Counts());
            c.received++;
            if (fact.status() == CaseStatus.DONE && fact.closedAt() != null) {
                c.finished++;
                LocalDate closed = ThaiDates.toDate(fact.closedAt());
                int took = (int) Math.max(0, ChronoUnit.DAYS.between(ThaiDates.toDate(fact.receivedAt()), closed));
                c.daysSum += took;
                days.merge(new Bucket(fact.serviceCode(), took), 1, Integer::sum);
                if (timed.contains(fact.serviceCode())) {
                    c.finishedTimed++;
                    if (!closed.isAfter(fact.dueDate())) {
                        c.finishedOnTime++;
                    }
                }
            } else if (fact.status() == CaseStatus.CANCELLED) {
                c.cancelled++;
            } else if (fact.status() == CaseStatus.MERGED) {
                c.merged++;
            } else if (fact.status().closed()) {
                c.closedOther++;
            } else {
                c.inProgress++;
            }
            if (fact.reopened() > 0) {
                c.reopened++;
            }
            if (fact.rating() != null) {
                ratings.merge(new Bucket(fact.serviceCode(), fact.rating()), 1, Integer::sum);
            }
            if (fact.requester() != null && fact.channel().online()) {
                requesters.add(fact.requester());
            }
        });

        String key = Months.key(month);
        for (String table : List.of("stats_case_month", "stats_case_days", "stats_case_rating")) {
            jdbc.update("delete from " + table + " where ym = ?", key);
        }
        jdbc.update("delete from stats_resident_month where ym = ? and who = 'REQUESTER'", key);
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((k, c) -> rows.add(new Object[] {key, k.service(), k.channel(), c.received, c.finished,
                c.closedOther, c.inProgress, c.finishedTimed, c.finishedOnTime, c.daysSum, c.reopened, c.cancelled,
                c.merged}));
        jdbc.batchUpdate("""
                insert into stats_case_month (ym, service_code, channel, received, finished, closed_other,
                    in_progress, finished_timed, finished_on_time, days_sum, reopened, cancelled, merged)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        jdbc.batchUpdate("insert into stats_case_days (ym, service_code, days, cases) values (?, ?, ?, ?)",
                buckets(key, days));
        jdbc.batchUpdate("insert into stats_case_rating (ym, service_code, stars, cases) values (?, ?, ?, ?)",
                buckets(key, ratings));
        jdbc.batchUpdate("insert into stats_resident_month (ym, who, resident) values (?, 'REQUESTER', ?)",
                requesters.stream().map(r -> new Object[] {key, r}).toList());
        Figures.put(jdbc, key, Figures.REQUESTERS, requesters.size());
    }

    private static List<Object[]> buckets(String month, Map<Bucket, Integer> buckets) {
        return buckets.entrySet().stream()
                .map(e -> new Object[] {month, e.getKey().service(), e.getKey().value(), e.getValue()})
                .toList();
    }
}
