package th.tambondesk.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Counts kept once per month or fiscal year in {@code stats_figure}: the distinct residents, mostly. */
final class Figures {

    /** Distinct residents who wrote or tapped on LINE or the web chat (following alone is not using). */
    static final String USERS = "USERS";
    /** Distinct residents who opened a case on LINE or the web chat. */
    static final String REQUESTERS = "REQUESTERS";

    private Figures() {
    }

    static void put(JdbcTemplate jdbc, String period, String figure, long n) {
        jdbc.update("delete from stats_figure where period = ? and figure = ?", period, figure);
        jdbc.update("insert into stats_figure (period, figure, n) values (?, ?, ?)", period, figure, n);
    }

    /** The figure for each of the periods, 0 where there is none. */
    static Map<String, Long> get(JdbcTemplate jdbc, String figure, List<String> periods) {
        Map<String, Long> values = new HashMap<>();
        periods.forEach(p -> values.put(p, 0L));
        jdbc.query("select period, n from stats_figure where figure = ? and period between ? and ?",
                rs -> {
                    if (values.containsKey(rs.getString("period"))) {
                        values.put(rs.getString("period"), rs.getLong("n"));
                    }
                }, figure, periods.stream().min(String::compareTo).orElse(""),
                periods.stream().max(String::compareTo).orElse(""));
        return values;
    }
}
