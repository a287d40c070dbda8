package th.tambondesk.integrity;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Re-seals the values sealed before they were bound to their report or draft (V33 marks them version 1), at the
 * start, once the key has been checked: opened with the purpose alone, sealed again bound to the row they belong to.
 * Starts after that find nothing to do.
 */
final class Resealing {

    private static final Logger log = LoggerFactory.getLogger(Resealing.class);

    private Resealing() {
    }

    static void run(Sealer sealer, JdbcTemplate jdbc) {
        int done = reseal(sealer, jdbc, "integrity_report", "report", "id")
                + reseal(sealer, jdbc, "integrity_entry", "entry", "report_id")
                + reseal(sealer, jdbc, "integrity_draft", "draft", "id")
                + reseal(sealer, jdbc, "integrity_evidence", "evidence", "coalesce(cast(report_id as varchar(36)), draft_id)");
        if (done > 0) {
            log.info("Re-sealed {} integrity values bound to their report or draft", done);
        }
    }

    /** One table: each version-1 row, one at a time (evidence photos are large). */
    private static int reseal(Sealer sealer, JdbcTemplate jdbc, String table, String purpose, String owner) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, " + owner + " as owner from " + table + " where sealed_version = 1");
        for (Map<String, Object> row : rows) {
            byte[] old = jdbc.queryForObject("select content from " + table + " where id = ?", byte[].class,
                    row.get("id"));
            byte[] plain = sealer.openUnbound(old, purpose);
            jdbc.update("update " + table + " set content = ?, sealed_version = 2 where id = ?",
                    sealer.seal(plain, purpose, row.get("owner")), row.get("id"));
        }
        return rows.size();
    }
}
