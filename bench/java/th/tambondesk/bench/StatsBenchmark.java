package th.tambondesk.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.FiscalYear;
import th.tambondesk.common.ThaiDates;
import th.tambondesk.stats.ServiceStatistics;
import th.tambondesk.stats.StatsPages;
import th.tambondesk.stats.StatsRefresh;

/**
 * Statistics under load: fills the database with {@code bench.interactions} interaction rows, {@code bench.cases}
 * cases and {@code bench.scans} QR scans over the last 36 months (times each scale of {@code bench.scales}), rolls
 * them up, and times every report and export through the real web layer. Run it with {@code bench/stats.sh}, not
 * with the tests: it wants an empty database of its own.
 */
@SpringBootTest(properties = {"tambondesk.stats.initial-delay=PT24H", "logging.level.th.tambondesk=WARN",
        "logging.level.org.springframework=WARN"})
@AutoConfigureMockMvc
class StatsBenchmark {

    static final int RUNS = 15;
    static final int WARM_UP = 3;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ServiceStatistics statistics;

    @Autowired
    Catalog catalog;

    @Autowired
    StatsPages pages;

    @Autowired
    Cases cases;

    @Autowired
    MockMvc mvc;

    final Random random = new Random(42);
    final StringBuilder report = new StringBuilder();
    long interactions;
    long casesMade;
    long scans;
    long trackingSeq;

    @Test
    void run() throws Exception {
        long baseInteractions = Long.getLong("bench.interactions", 1_000_000);
        long baseCases = Long.getLong("bench.cases", 100_000);
        long baseScans = Long.getLong("bench.scans", 20_000);
        int[] scales = Arrays.stream(System.getProperty("bench.scales", "1,10").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
        line("# Statistics benchmark — " + database);
        line("");
        line("JVM " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; "
                + "median and max of " + RUNS + " runs after " + WARM_UP + " warm-up runs.");
        List<ServiceView> services = catalog.allServices();
        List<Long> posters = posters(20);
        YearMonth last = YearMonth.from(LocalDate.now(ThaiDates.ZONE));
        YearMonth first = last.minusMonths(35);
        FiscalYear full = FiscalYear.of(last).previous();
        FiscalYear current = FiscalYear.of(last);

        for (int scale : scales) {
            line("");
            line("## Scale " + scale + ": " + String.format(Locale.ROOT, "%,d", baseInteractions * scale)
                    + " interactions, " + String.format(Locale.ROOT, "%,d", baseCases * scale) + " cases, "
                    + String.format(Locale.ROOT, "%,d", baseScans * scale) + " QR scans");
            line("");
            long t0 = System.nanoTime();
            generateInteractions(baseInteractions * scale - interactions, first, last, 10_000 * scale);
            generateCases(baseCases * scale - casesMade, first, last, services, 10_000 * scale);
            generateScans(baseScans * scale - scans, first, last, posters);
            line("| step | time |");
            line("|---|---|");
            line("| generate (JDBC batches) | " + seconds(System.nanoTime() - t0) + " |");
            jdbc.update("delete from stats_rollup_month");
            long t1 = System.nanoTime();
            int months = StatsRefresh.now(context);
            line("| full rebuild of the rollups (" + months + " months) | " + seconds(System.nanoTime() - t1) + " |");
            // Steady state: one new case and some chat in the current month, then the minute's refresh.
            cases.open(new OpenCase(UUID.randomUUID().toString(), services.get(0).code(), CaseChannel.LINE,
                    new Requester(CaseChannel.LINE, "bench-" + scale, "bench-" + scale), null, null,
                    List.of(new OpenCase.Detail("รายละเอียด", "bench")), new OpenCase.Place(null, null, "bench"),
                    List.of()));
            generateInteractions(50, last, last, 100);
            long t2 = System.nanoTime();
            StatsRefresh.now(context);
            line("| steady-state refresh (one new case, 50 messages) | " + seconds(System.nanoTime() - t2) + " |");
            line("");
            line("| report or export (" + full.label() + ") | median | max |");
            line("|---|---|---|");
            time("ServiceStatistics.report", () -> statistics.report(full));
            time("GET /inbox/stats (staff page)", () -> http(get("/inbox/stats").param("year", "" + full.buddhistYear())));
            time("GET /inbox/stats, current year", () -> http(get("/inbox/stats")));
            for (String file : List.of("o12.csv", "o12.xlsx", "channels.csv", "o24.csv", "o24.xlsx")) {
                time("GET /inbox/stats/" + full.buddhistYear() + "/" + file,
                        () -> http(get("/inbox/stats/" + full.buddhistYear() + "/" + file)));
            }
            time("StatsPages.page, public (what a cache miss builds)", () -> pages.page(full, false));
            time("GET /public/stats (cached)", () -> http(get("/public/stats").param("year", "" + current.buddhistYear())));
            line("");
        }
        Path out = Path.of("target", "bench", "stats-" + database.split(" ")[0].toLowerCase(Locale.ROOT) + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private Object http(MockHttpServletRequestBuilder request) {
        try {
            int status = mvc.perform(request.with(user("bench").roles("ADMIN"))).andReturn().getResponse().getStatus();
            if (status != 200) {
                throw new IllegalStateException(status + " from the page");
            }
            return status;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void time(String what, Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        long[] runs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            runs[i] = System.nanoTime() - t;
        }
        Arrays.sort(runs);
        line("| " + what + " | " + millis(runs[RUNS / 2]) + " | " + millis(runs[RUNS - 1]) + " |");
    }

    private void generateInteractions(long count, YearMonth first, YearMonth last, int residents) {
        Clock clock = new Clock(first, last, count);
        String[] in = {"TEXT", "TEXT", "TEXT", "TEXT", "TEXT", "TAP", "TAP", "TAP", "TAP", "PHOTO", "LOCATION", "FOLLOW"};
        batches(count, "insert into interaction_log (channel, resident, direction, kind, occurred_at) values (?, ?, ?, ?, ?)",
                () -> {
                    boolean inbound = random.nextBoolean();
                    return new Object[] {random.nextInt(5) == 0 ? "WEB" : "LINE", "r" + random.nextInt(residents),
                            inbound ? "IN" : "OUT", inbound ? in[random.nextInt(in.length)] : "ANSWER",
                            Timestamp.from(clock.next())};
                });
        interactions += Math.max(0, count);
    }

    private void generateCases(long count, YearMonth first, YearMonth last, List<ServiceView> services, int residents) {
        Clock clock = new Clock(first, last, count);
        CaseChannel[] channels = {CaseChannel.LINE, CaseChannel.LINE, CaseChannel.LINE, CaseChannel.LINE,
                CaseChannel.WEB, CaseChannel.WALK_IN, CaseChannel.WALK_IN, CaseChannel.WALK_IN, CaseChannel.PHONE};
        batches(count, """
                insert into service_case (tracking_code, service_code, service_name, division_code, channel,
                    resident_pseudonym, details, status, created_at, due_date, closed_at, rating)
                values (?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?)
                """, () -> {
            ServiceView service = services.get(random.nextInt(services.size()));
            CaseChannel channel = channels[random.nextInt(channels.length)];
            Instant created = clock.next();
            int roll = random.nextInt(10);
            String status = roll < 7 ? "DONE" : roll == 7 ? "REJECTED" : roll == 8 ? "IN_PROGRESS" : "NEW";
            Instant closed = roll < 8 ? created.plusSeconds(86_400L * random.nextInt(60) + 3600) : null;
            Integer rating = "DONE".equals(status) && random.nextInt(5) < 2 ? 3 + random.nextInt(3) : null;
            return new Object[] {"B" + Long.toString(trackingSeq++, 36), service.code(), service.name(),
                    service.division().code(), channel.name(),
                    channel.online() ? "r" + random.nextInt(residents) : null, status, Timestamp.from(created),
                    java.sql.Date.valueOf(ThaiDates.toDate(created).plusDays(15)),
                    closed == null ? null : Timestamp.from(closed), rating};
        });
        casesMade += Math.max(0, count);
    }

    private void generateScans(long count, YearMonth first, YearMonth last, List<Long> posters) {
        Clock clock = new Clock(first, last, count);
        String[] devices = {"IOS", "ANDROID", "ANDROID", "ANDROID", "DESKTOP", "OTHER"};
        batches(count, "insert into qr_scan (poster_id, source, scanned_at, device, line_app) values (?, ?, ?, ?, ?)",
                () -> {
                    int pick = random.nextInt(posters.size() + 2);
                    boolean poster = pick < posters.size();
                    return new Object[] {poster ? posters.get(pick) : null,
                            poster ? "POSTER" : pick == posters.size() ? "GENERAL" : "RECEIPT",
                            Timestamp.from(clock.next()), devices[random.nextInt(devices.length)],
                            random.nextBoolean()};
                });
        scans += Math.max(0, count);
        // What the application counts as each scan happens (qr.ScanCounts), counted here in one statement.
        jdbc.update("delete from qr_scan_month");
        jdbc.update("""
                insert into qr_scan_month (poster_key, source, ym, scans)
                select coalesce(poster_id, 0), source, to_char(scanned_at at time zone 'Asia/Bangkok', 'YYYY-MM'),
                       count(*)
                  from qr_scan
                 group by coalesce(poster_id, 0), source, to_char(scanned_at at time zone 'Asia/Bangkok', 'YYYY-MM')
                """);
    }

    private List<Long> posters(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into qr_poster (code, name, target, active, created_at, created_by) "
                    + "values (?, ?, 'FRIEND', true, ?, 'bench')", "BNCH" + (char) ('A' + i / 10) + i % 10,
                    "จุดที่ " + (i + 1), Timestamp.from(Instant.now().minusSeconds(86_400L * 1200)));
            ids.add(jdbc.queryForObject("select max(id) from qr_poster", Long.class));
        }
        return ids;
    }

    private void batches(long count, String sql, Supplier<Object[]> row) {
        int size = 5_000;
        List<Object[]> batch = new ArrayList<>(size);
        for (long i = 0; i < count; i++) {
            batch.add(row.get());
            if (batch.size() == size) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }

    /**
     * Times that move forward row by row, with jitter, as the real tables are written: rows of one month lie together
     * on disk, which is what the month-by-month rollup reads.
     */
    private final class Clock {
        private final long from;
        private final double step;
        private long row;

        Clock(YearMonth first, YearMonth last, long count) {
            from = first.atDay(1).atStartOfDay(ThaiDates.ZONE).toEpochSecond();
            long to = Math.min(Instant.now().getEpochSecond(),
                    last.plusMonths(1).atDay(1).atStartOfDay(ThaiDates.ZONE).toEpochSecond());
            step = (to - from) / (double) Math.max(1, count);
        }

        Instant next() {
            return Instant.ofEpochSecond(from + (long) ((row++ + random.nextDouble()) * step));
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

}
