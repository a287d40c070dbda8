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
                + resealEntries(sealer, jdbc)
                + reseal(sealer, jdbc, "integrity_draft", "draft", "id")
                + reseal(sealer, jdbc, "integrity_evidence", "evidence", "coalesce(cast(report_id as varchar(36)), draft_id)");
        if (done > 0) {
            log.info("Re-sealed {} integrity values bound to their report or draft", done);
        }
    }

    /** Entries are also bound to their author: version 3 (version 2 bound the report only). */
    static final int ENTRY_VERSION = 3;

    private static int resealEntries(Sealer sealer, JdbcTemplate jdbc) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, report_id, author, sealed_version from integrity_entry where sealed_version < ?",
                ENTRY_VERSION);
        int done = 0;
        for (Map<String, Object> row : rows) {
            int version = ((Number) row.get("sealed_version")).intValue();
            long report = ((Number) row.get("report_id")).longValue();
            byte[] old = jdbc.query("select content from integrity_entry where id = ? and sealed_version = ?",
                    rs -> rs.next() ? rs.getBytes(1) : null, row.get("id"), version);
            if (old == null || Sealer.isUnbound(old) != (version == 1)) {
                continue;
            }
            byte[] plain;
            try {
                plain = version == 1 ? sealer.openUnbound(old, "entry") : sealer.open(old, "entry", report);
            } catch (Sealer.WrongKeyException e) {
                log.error("integrity_entry {} does not open and is left as it is: {}", row.get("id"), e.getMessage());
                continue;
            }
            done += jdbc.update("update integrity_entry set content = ?, sealed_version = ? where id = ?"
                    + " and sealed_version = ?", sealer.seal(plain, "entry",
                    IntegrityReports.entryOwner(report, (String) row.get("author"))), ENTRY_VERSION, row.get("id"),
                    version);
        }
        return done;
    }

    /**
     * One table: each version-1 row, one at a time (evidence photos are large). Another instance starting at the same
     * moment may re-seal a row first: the update counts only while the row is still version 1, and a value no longer
     * of version 1 is left alone. A row that does not open is logged and left for the auditor, not a reason to stop.
     */
    private static int reseal(Sealer sealer, JdbcTemplate jdbc, String table, String purpose, String owner) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, " + owner + " as owner from " + table + " where sealed_version = 1");
        int done = 0;
        for (Map<String, Object> row : rows) {
            byte[] old = jdbc.query("select content from " + table + " where id = ? and sealed_version = 1",
                    rs -> rs.next() ? rs.getBytes(1) : null, row.get("id"));
            if (old == null || !Sealer.isUnbound(old)) {
                continue;
            }
            byte[] plain;
            try {
                plain = sealer.openUnbound(old, purpose);
            } catch (Sealer.WrongKeyException e) {
                log.error("{} {} does not open and is left as it is: {}", table, row.get("id"), e.getMessage());
                continue;
            }
            done += jdbc.update("update " + table + " set content = ?, sealed_version = 2"
                    + " where id = ? and sealed_version = 1", sealer.seal(plain, purpose, row.get("owner")), row.get("id"));
        }
        return done;
    }
}
