package db.migration;

import java.sql.Timestamp;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import th.tambondesk.common.ThaiDates;

/**
 * Security review (issue 26): the interaction log kept the instant each integrity report was sent, which ties it to
 * the reporter's own rows just before (their menu taps). Reports are now counted per month: the rows already
 * logged move to the first instant of their Thai month, as new ones are written.
 */
public class V31__Integrity_reports_logged_by_month extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        List<Object[]> moves = jdbc.query(
                "select id, occurred_at from interaction_log where kind = 'INTEGRITY_REPORT'",
                (rs, i) -> new Object[] {
                        Timestamp.from(ThaiDates.monthStart(rs.getTimestamp(2).toInstant())), rs.getLong(1)});
        jdbc.batchUpdate("update interaction_log set occurred_at = ? where id = ?", moves);
    }
}
