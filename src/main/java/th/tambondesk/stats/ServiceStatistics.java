package th.tambondesk.stats;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.ServiceKind;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.FiscalYear;
import th.tambondesk.common.ThaiDates;

/**
 * The service statistics of a fiscal year, read from the monthly rollups only: a few hundred rows whatever the size
 * of the log and the cases.
 */
@Service
@Transactional(readOnly = true)
public class ServiceStatistics {

    private final JdbcTemplate jdbc;
    private final Catalog catalog;
    private final StatsRollups rollups;
    private final Clock clock;

    ServiceStatistics(JdbcTemplate jdbc, Catalog catalog, StatsRollups rollups, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** The fiscal year now. */
    public FiscalYear currentYear() {
        return FiscalYear.of(ThaiDates.toDate(clock.instant()));
    }

    /** The fiscal years with data, newest first; at least the current one. */
    public List<FiscalYear> years() {
        String first = jdbc.queryForObject(
                "select min(ym) from (select min(ym) as ym from stats_case_month "
                        + "union all select min(ym) from stats_interaction_month) firsts", String.class);
        FiscalYear current = currentYear();
        FiscalYear oldest = first == null ? current : FiscalYear.of(YearMonth.parse(first));
        List<FiscalYear> years = new ArrayList<>();
        for (int y = current.buddhistYear(); y >= oldest.buddhistYear(); y--) {
            years.add(new FiscalYear(y));
        }
        return years;
    }

    public StatsReport report(FiscalYear year) {
        List<YearMonth> months = year.months();
        String from = Months.key(months.get(0));
        String to = Months.key(months.get(11));

        Map<String, Counts> byService = new LinkedHashMap<>();
        Map<String, long[]> byChannel = new LinkedHashMap<>();
        for (CaseChannel channel : CaseChannel.values()) {
            byChannel.put(channel.name(), new long[12]);
        }
        jdbc.query("select * from stats_case_month where ym between ? and ?", rs -> {
            int m = months.indexOf(YearMonth.parse(rs.getString("ym")));
            Counts c = byService.computeIfAbsent(rs.getString("service_code"), k -> new Counts());
            int received = rs.getInt("received");
            c.received[m] += received;
            c.finished += rs.getInt("finished");
            c.inProgress += rs.getInt("in_progress");
            c.closedOther += rs.getInt("closed_other");
            c.reopened += rs.getInt("reopened");
            c.cancelled += rs.getInt("cancelled");
            c.merged += rs.getInt("merged");
            c.timed += rs.getInt("finished_timed");
            c.onTime += rs.getInt("finished_on_time");
            c.daysSum += rs.getLong("days_sum");
            byChannel.computeIfAbsent(rs.getString("channel"), k -> new long[12])[m] += received;
        }, from, to);
        jdbc.query("select service_code, days, sum(cases) as n from stats_case_days where ym between ? and ? "
                + "group by service_code, days", rs -> {
            byService.computeIfAbsent(rs.getString("service_code"), k -> new Counts()).days
                    .merge(rs.getInt("days"), rs.getLong("n"), Long::sum);
        }, from, to);

        List<StatsReport.ServiceRow> rows = new ArrayList<>();
        Counts all = new Counts();
        Set<String> active = catalog.allServices().stream().map(ServiceView::code).collect(Collectors.toSet());
        for (ServiceView service : catalog.allServicesIncludingClosed()) {
            Counts c = byService.remove(service.code());
            if (c == null && !active.contains(service.code())) {
                continue;
            }
            Counts counts = c == null ? new Counts() : c;
            rows.add(counts.row(service.code(), service.name(), service.kind() == ServiceKind.COMPLAINT));
            all.add(counts);
        }
        // Cases of a service deleted from the catalogue still count, under their code.
        byService.forEach((code, counts) -> {
            rows.add(counts.row(code, code, false));
            all.add(counts);
        });
        StatsReport.ServiceRow total = all.row("", "", false);

        return new StatsReport(year, months, rows, total, channels(year, byChannel), usage(months, year),
                satisfaction(from, to), rollups.lastRefresh().orElse(null));
    }

    private StatsReport.Channels channels(FiscalYear year, Map<String, long[]> byChannel) {
        long[] total = new long[12];
        long[] online = new long[12];
        List<StatsReport.ChannelRow> rows = new ArrayList<>();
        byChannel.forEach((channel, perMonth) -> {
            boolean isOnline = CaseChannel.valueOf(channel).online();
            for (int m = 0; m < 12; m++) {
                total[m] += perMonth[m];
                if (isOnline) {
                    online[m] += perMonth[m];
                }
            }
            rows.add(new StatsReport.ChannelRow(channel, isOnline, list(perMonth), LongStream.of(perMonth).sum()));
        });
        List<Double> share = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            share.add(total[m] == 0 ? null : (double) online[m] / total[m]);
        }
        return new StatsReport.Channels(rows, list(total), share,
                ratio(LongStream.of(online).sum(), LongStream.of(total).sum()), onlineShare(year.previous()));
    }

    private @Nullable Double onlineShare(FiscalYear year) {
        List<YearMonth> months = year.months();
        long[] counts = new long[2];
        jdbc.query("select channel, sum(received) as n from stats_case_month where ym between ? and ? "
                + "group by channel", rs -> {
            long n = rs.getLong("n");
            counts[1] += n;
            if (CaseChannel.valueOf(rs.getString("channel")).online()) {
                counts[0] += n;
            }
        }, Months.key(months.get(0)), Months.key(months.get(11)));
        return ratio(counts[0], counts[1]);
    }

    private StatsReport.Usage usage(List<YearMonth> months, FiscalYear year) {
        List<String> keys = months.stream().map(Months::key).toList();
        Map<String, Long> users = Figures.get(jdbc, Figures.USERS, keys);
        Map<String, Long> requesters = Figures.get(jdbc, Figures.REQUESTERS, keys);
        String period = StatsRollups.yearPeriod(year);
        Map<String, Long> usersYear = Figures.get(jdbc, Figures.USERS, List.of(period));
        Map<String, Long> requestersYear = Figures.get(jdbc, Figures.REQUESTERS, List.of(period));
        long[] follows = new long[12];
        long[] unfollows = new long[12];
        long[] messagesIn = new long[12];
        jdbc.query("select ym, kind, sum(n) as n from stats_interaction_month "
                + "where ym between ? and ? and direction = 'IN' group by ym, kind", rs -> {
            int m = keys.indexOf(rs.getString("ym"));
            long n = rs.getLong("n");
            switch (rs.getString("kind")) {
                case "FOLLOW" -> follows[m] += n;
                case "UNFOLLOW" -> unfollows[m] += n;
                default -> messagesIn[m] += n;
            }
        }, keys.get(0), keys.get(11));
        return new StatsReport.Usage(keys.stream().map(users::get).toList(), usersYear.getOrDefault(period, 0L),
                keys.stream().map(requesters::get).toList(), requestersYear.getOrDefault(period, 0L), list(follows),
                list(unfollows), list(messagesIn));
    }

    private StatsReport.Satisfaction satisfaction(String from, String to) {
        long[] distribution = new long[5];
        jdbc.query("select stars, sum(cases) as n from stats_case_rating where ym between ? and ? group by stars",
                rs -> {
                    int stars = rs.getInt("stars");
                    if (stars >= 1 && stars <= 5) {
                        distribution[stars - 1] += rs.getLong("n");
                    }
                }, from, to);
        long count = LongStream.of(distribution).sum();
        long sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += distribution[i] * (i + 1);
        }
        return new StatsReport.Satisfaction(list(distribution), count, count == 0 ? null : (double) sum / count);
    }

    private static List<Long> list(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static @Nullable Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** One service's year, summed over months and channels. */
    private static final class Counts {
        final long[] received = new long[12];
        long finished;
        long inProgress;
        long closedOther;
        long reopened;
        long cancelled;
        long merged;
        long timed;
        long onTime;
        long daysSum;
        final Map<Integer, Long> days = new TreeMap<>();

        void add(Counts other) {
            for (int m = 0; m < 12; m++) {
                received[m] += other.received[m];
            }
            finished += other.finished;
            inProgress += other.inProgress;
            closedOther += other.closedOther;
            reopened += other.reopened;
            cancelled += other.cancelled;
            merged += other.merged;
            timed += other.timed;
            onTime += other.onTime;
            daysSum += other.daysSum;
            other.days.forEach((d, n) -> days.merge(d, n, Long::sum));
        }

        StatsReport.ServiceRow row(String code, String name, boolean complaint) {
            return new StatsReport.ServiceRow(code, name, complaint, list(received), LongStream.of(received).sum(),
                    finished, inProgress, closedOther, reopened, cancelled, merged,
                    finished == 0 ? null : (double) daysSum / finished,
                    median(days), timed == 0 ? null : (double) onTime / timed);
        }
    }

    /** The median of a histogram (value → how many), the mean of the two middle values for an even count. */
    static @Nullable Double median(Map<Integer, Long> histogram) {
        long count = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (count == 0) {
            return null;
        }
        long lowIndex = (count - 1) / 2;
        long highIndex = count / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : new TreeMap<>(histogram).entrySet()) {
            long next = seen + bucket.getValue();
            if (low == null && lowIndex < next) {
                low = bucket.getKey();
            }
            if (highIndex < next) {
                high = bucket.getKey();
                break;
            }
            seen = next;
        }
        // count > 0, so the walk found both.
        return (java.util.Objects.requireNonNull(low) + java.util.Objects.requireNonNull(high)) / 2.0;
    }
}
