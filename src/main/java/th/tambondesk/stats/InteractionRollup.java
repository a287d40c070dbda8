package th.tambondesk.stats;

import java.sql.Timestamp;
import java.time.YearMonth;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Recounts one month of the interaction log into the rollup tables, in SQL. Runs inside the caller's transaction. */
@Component
class InteractionRollup {

    private final JdbcTemplate jdbc;

    InteractionRollup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest log id so far: a month is recounted only when the log has grown since. */
    long mark() {
        Long max = jdbc.queryForObject("select max(id) from interaction_log", Long.class);
        return max == null ? 0 : max;
    }

    void recompute(YearMonth month) {
        String key = Months.key(month);
        Timestamp from = Timestamp.from(Months.start(month));
        Timestamp to = Timestamp.from(Months.end(month));
        jdbc.update("delete from stats_interaction_month where ym = ?", key);
        jdbc.update("""
                insert into stats_interaction_month (ym, channel, direction, kind, n)
                select ?, channel, direction, kind, count(*) from interaction_log
                 where occurred_at >= ? and occurred_at < ?
                 group by channel, direction, kind
                """, key, from, to);
        jdbc.update("delete from stats_resident_month where ym = ? and who = 'USER'", key);
        int users = jdbc.update("""
                insert into stats_resident_month (ym, who, resident)
                select distinct ?, 'USER', resident from interaction_log
                 where occurred_at >= ? and occurred_at < ? and direction = 'IN' and resident is not null
                   and kind not in ('FOLLOW', 'UNFOLLOW')
                """, key, from, to);
        Figures.put(jdbc, key, Figures.USERS, users);
    }
}
