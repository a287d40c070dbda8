package th.tambondesk.integrity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
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

    /** Entries are also bound to their author: version 3 (version 2 bound the report only). */
    static final int ENTRY_VERSION = 3;

    static void run(Sealer sealer, JdbcTemplate jdbc) {
        int done = reseal(sealer, jdbc, "integrity_report", "report", "id", 2, row -> row.get("id"), null)
                + reseal(sealer, jdbc, "integrity_entry", "entry", "report_id, author", ENTRY_VERSION,
                        row -> IntegrityReports.entryOwner(Columns.number(row, "report_id"),
                                Columns.text(row, "author")),
                        row -> Columns.number(row, "report_id"))
                + reseal(sealer, jdbc, "integrity_draft", "draft", "id", 2, row -> row.get("id"), null)
                + reseal(sealer, jdbc, "integrity_evidence", "evidence", "report_id, draft_id", 2,
                        row -> row.get("report_id") != null ? row.get("report_id") : row.get("draft_id"), null);
        if (done > 0) {
            log.info("Re-sealed {} integrity values bound to their report or draft", done);
        }
    }

    /**
     * One table: each row sealed by an older version than {@code target}, one at a time (evidence photos are large),
     * opened as its version sealed it (version 1 by purpose alone, later ones bound to {@code previousOwner}) and
     * sealed again bound to {@code owner}. Another instance starting at the same moment may re-seal a row first: the
     * update counts only while the row is still of its old version. A row that does not open is logged and left
     * for the auditor, not a reason to stop.
     */
    private static int reseal(Sealer sealer, JdbcTemplate jdbc, String table, String purpose, String columns,
                              int target, Function<Map<String, Object>, Object> owner,
                              @Nullable Function<Map<String, Object>, Object> previousOwner) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, sealed_version, " + columns + " from " + table + " where sealed_version < ?", target);
        int done = 0;
        for (Map<String, Object> row : rows) {
            int version = (int) Columns.number(row, "sealed_version");
            byte[] old = jdbc.query("select content from " + table + " where id = ? and sealed_version = ?",
                    rs -> rs.next() ? rs.getBytes(1) : null, row.get("id"), version);
            if (old == null || Sealer.isUnbound(old) != (version == 1)) {
                continue;
            }
            byte[] plain;
            try {
                plain = version == 1 ? sealer.openUnbound(old, purpose)
                        : sealer.open(old, purpose, java.util.Objects.requireNonNull(previousOwner).apply(row));
            } catch (Sealer.WrongKeyException e) {
                log.error("{} {} does not open and is left as it is: {}", table, row.get("id"), e.getMessage());
                continue;
            }
            done += jdbc.update("update " + table + " set content = ?, sealed_version = ? where id = ?"
                    + " and sealed_version = ?", sealer.seal(plain, purpose, owner.apply(row)), target, row.get("id"),
                    version);
        }
        return done;
    }

}
