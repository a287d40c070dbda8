package th.tambondesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.Requester;

/**
 * The duplicate check under load: {@code bench.cases} open street-light cases (default 100,000) spread over the
 * subdistrict and its surroundings (about 11 by 13 km), then {@code Cases.nearbyOpen} for random places, against
 * its peer in the same run: the same question asked without the map-cell index (a latitude/longitude box over the
 * open cases of the service, which is what a plain query does). Run it with {@code bench/nearby.sh}.
 */
@SpringBootTest(properties = {"tambondesk.stats.initial-delay=PT24H", "logging.level.th.tambondesk=WARN",
        "logging.level.org.springframework=WARN"})
class NearbyBenchmark {

    static final int QUERIES = 2_000;
    static final int WARM_UP = 500;
    static final double SOUTH = 13.78;
    static final double WEST = 100.00;
    static final double SPAN_LAT = 0.10;
    static final double SPAN_LON = 0.12;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Cases cases;

    final Random random = new Random(42);
    final StringBuilder report = new StringBuilder();

    @Test
    void nearbyCheck() throws Exception {
        int count = Integer.getInteger("bench.cases", 100_000);
        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
        fill(count);
        Requester asking = new Requester(CaseChannel.WEB, "bench-resident", "p");
        List<double[]> places = new ArrayList<>();
        for (int i = 0; i < QUERIES + WARM_UP; i++) {
            places.add(new double[] {SOUTH + random.nextDouble() * SPAN_LAT, WEST + random.nextDouble() * SPAN_LON});
        }

        line("# Duplicate check: an open case within 100 m");
        line("");
        line(count + " open street-light cases over " + SPAN_LAT + "° × " + SPAN_LON + "°; " + QUERIES
                + " random places after " + WARM_UP + " warm-up; " + database + "; "
                + Runtime.getRuntime().availableProcessors() + " cores; " + System.getProperty("java.version") + ".");
        line("");
        line("| how | median | p95 | p99 | max | found one |");
        line("|---|---|---|---|---|---|");
        long[] ours = new long[QUERIES];
        long[] peer = new long[QUERIES];
        int found = 0;
        int peerFound = 0;
        // Taking turns, so that both see the same machine.
        for (int i = 0; i < QUERIES + WARM_UP; i++) {
            double[] p = places.get(i);
            long t = System.nanoTime();
            boolean hit = cases.nearbyOpen("street-light", p[0], p[1], asking).isPresent();
            long took = System.nanoTime() - t;
            t = System.nanoTime();
            boolean peerHit = box(p[0], p[1]) > 0;
            long peerTook = System.nanoTime() - t;
            if (i >= WARM_UP) {
                ours[i - WARM_UP] = took;
                peer[i - WARM_UP] = peerTook;
                found += hit ? 1 : 0;
                peerFound += peerHit ? 1 : 0;
            }
        }
        row("Cases.nearbyOpen (map cells, index service_case_open_cell)", ours, found);
        row("peer: latitude/longitude box, no index", peer, peerFound);
        line("");
        line("Ratio of medians, ours to peer: " + String.format(Locale.ROOT, "%.3f", median(ours) / median(peer)));
        line("");
        line("Plan of the check's query:");
        line("");
        line("```");
        jdbc.queryForList("explain select id, tracking_code, service_name, latitude, longitude, created_at, status, "
                        + "reporters from service_case where service_code = 'street-light' "
                        + "and open_cell in (103810280050, 103810280051, 103811280050)", String.class)
                .forEach(this::line);
        line("```");

        Path out = Path.of("target", "bench", "nearby-" + database.split(" ")[0].toLowerCase(Locale.ROOT) + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** The peer: the open cases of the service in a box of ±100 m, as a query without the cell column would ask. */
    private int box(double lat, double lon) {
        double dLat = 100 / 111_195.0;
        double dLon = dLat / Math.cos(Math.toRadians(lat));
        return jdbc.queryForList("""
                select latitude, longitude from service_case
                 where service_code = 'street-light' and status in ('NEW', 'RECEIVED', 'IN_PROGRESS', 'REOPENED')
                   and latitude between ? and ? and longitude between ? and ?
                """, lat - dLat, lat + dLat, lon - dLon, lon + dLon).size();
    }

    private void fill(int count) {
        Instant now = Instant.now();
        List<Object[]> batch = new ArrayList<>();
        String[] statuses = {"NEW", "RECEIVED", "IN_PROGRESS"};
        for (int i = 0; i < count; i++) {
            batch.add(new Object[] {"N" + Integer.toString(i, 36), statuses[i % 3],
                    Timestamp.from(now.minusSeconds(random.nextInt(90 * 86_400))),
                    java.sql.Date.valueOf(LocalDate.now().plusDays(15)),
                    SOUTH + random.nextDouble() * SPAN_LAT, WEST + random.nextDouble() * SPAN_LON});
            if (batch.size() == 5_000 || i == count - 1) {
                jdbc.batchUpdate("""
                        insert into service_case (tracking_code, service_code, service_name, division_code, channel,
                            details, status, created_at, due_date, latitude, longitude)
                        values (?, 'street-light', 'แจ้งซ่อมไฟฟ้าสาธารณะ', 'works', 'LINE', '[]', ?, ?, ?, ?, ?)
                        """, batch);
                batch.clear();
            }
        }
        // The cell of each open case, with the formula of migration V25 (the application sets it on every change).
        jdbc.update("""
                update service_case
                   set open_cell = cast(floor((latitude + 90) * 1000) as bigint) * 1000000
                                   + cast(floor((longitude + 180) * 1000) as bigint)
                 where latitude is not null and status in ('NEW', 'RECEIVED', 'IN_PROGRESS', 'REOPENED')
                """);
        jdbc.execute("analyze");
    }

    private void row(String what, long[] nanos, int found) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        line("| " + what + " | " + ms(sorted[sorted.length / 2]) + " | " + ms(sorted[(int) (sorted.length * 0.95)])
                + " | " + ms(sorted[(int) (sorted.length * 0.99)]) + " | " + ms(sorted[sorted.length - 1]) + " | "
                + found + " of " + nanos.length + " |");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
