package th.tambondesk.qr;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tambondesk.common.ThaiDates;

/**
 * Scans counted per poster, kind of code and month as they happen ({@code qr_scan_month}), and each poster's last
 * scan: what the statistics and the poster list read, so they stay fast however many scans there are.
 */
@Component
class ScanCounts {

    /** The poster key of the general link and the receipts. */
    static final long NO_POSTER = 0;

    private final JdbcTemplate jdbc;

    ScanCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the scan's transaction. Creating the month's row never conflicts; the increment is one row lock. */
    void add(@Nullable Long posterId, QrScan.Source source, Instant at) {
        long key = posterId == null ? NO_POSTER : posterId;
        String ym = YearMonth.from(at.atZone(ThaiDates.ZONE)).toString();
        jdbc.update("insert into qr_scan_month (poster_key, source, ym, scans) values (?, ?, ?, 0) "
                + "on conflict do nothing", key, source.name(), ym);
        jdbc.update("update qr_scan_month set scans = scans + 1 where poster_key = ? and source = ? and ym = ?",
                key, source.name(), ym);
        if (posterId != null) {
            jdbc.update("update qr_poster set last_scan_at = ? where id = ? and (last_scan_at is null or last_scan_at < ?)",
                    Timestamp.from(at), posterId, Timestamp.from(at));
        }
    }

    /** A count per month of the list, for each poster key and source ("12:POSTER", "0:GENERAL"). */
    Map<String, long[]> perMonth(List<YearMonth> months) {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("select poster_key, source, ym, scans from qr_scan_month where ym between ? and ?", rs -> {
            int m = months.indexOf(YearMonth.parse(rs.getString("ym")));
            if (m >= 0) {
                counts.computeIfAbsent(rs.getLong("poster_key") + ":" + rs.getString("source"),
                        k -> new long[months.size()])[m] += rs.getLong("scans");
            }
        }, months.get(0).toString(), months.get(months.size() - 1).toString());
        return counts;
    }

    /** All scans of each poster. */
    Map<Long, Long> totals() {
        Map<Long, Long> totals = new HashMap<>();
        jdbc.query("select poster_key, sum(scans) as n from qr_scan_month where source = 'POSTER' group by poster_key",
                rs -> {
                    totals.put(rs.getLong("poster_key"), rs.getLong("n"));
                });
        return totals;
    }

    static String key(long posterKey, QrScan.Source source) {
        return posterKey + ":" + source.name();
    }
}
