package db.migration;

import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import th.tambondesk.common.AppKeys;
import th.tambondesk.conversation.Pseudonyms;

/**
 * Security review (issue 26): resident pseudonyms were the bare SHA-256 of channel and id, which anyone who knows a
 * LINE user id can compute and look up. They become an HMAC under a key of the application's own; every stored
 * pseudonym is re-keyed from the old value, so the same resident keeps one pseudonym and the fiscal year's count of
 * distinct residents goes on without a break.
 */
public class V30__Keyed_resident_pseudonyms extends BaseJavaMigration {

    private static final List<String[]> COLUMNS = List.of(
            new String[] {"interaction_log", "resident"},
            new String[] {"stats_resident_month", "resident"},
            new String[] {"service_case", "resident_pseudonym"},
            new String[] {"case_follower", "resident_pseudonym"});

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        byte[] key = AppKeys.load(jdbc, AppKeys.RESIDENT_PSEUDONYM);
        // One lookup table of old to new, so each table is rewritten in one statement whatever its size.
        jdbc.execute("create table pseudonym_rekey (old_value varchar(64) primary key, new_value varchar(64) not null)");
        List<String> old = jdbc.queryForList(COLUMNS.stream()
                .map(c -> "select " + c[1] + " from " + c[0] + " where " + c[1] + " is not null")
                .collect(Collectors.joining(" union ")), String.class);
        jdbc.batchUpdate("insert into pseudonym_rekey (old_value, new_value) values (?, ?)", old, 1000,
                (ps, value) -> {
                    ps.setString(1, value);
                    ps.setString(2, Pseudonyms.rekeyed(key, value));
                });
        for (String[] column : COLUMNS) {
            jdbc.update("update " + column[0] + " set " + column[1] + " = (select new_value from pseudonym_rekey"
                    + " where old_value = " + column[0] + "." + column[1] + ") where " + column[1] + " is not null");
        }
        jdbc.execute("drop table pseudonym_rekey");
    }
}
