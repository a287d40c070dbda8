package th.tambondesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.tambondesk.PrivateDatabase;

/**
 * Values sealed before V33 bound only their purpose; at the start they are re-sealed bound to their report or
 * draft, after which one moved to another report no longer opens.
 */
class ResealingTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void oldValuesAreBoundToTheirReportAndDraftAtTheStart() throws Exception {
        try (PrivateDatabase database = PrivateDatabase.create("resealing_test").migrateTo("32")) {
            JdbcTemplate jdbc = database.jdbc();
            byte[] report = json(Map.of("WHAT", "จัดซื้อน้ำมันเกินจริง", "submittedAt", "2026-11-02T03:00:00Z"));
            for (String receipt : new String[] {"a", "b"}) {
                jdbc.update("insert into integrity_report (receipt_hash, category, status, submitted_month, anonymous,"
                        + " content) values (?, 'PROCUREMENT', 'RECEIVED', '2026-11', true, ?)", receipt,
                        sealedByVersion1(report, "report"));
            }
            long first = jdbc.queryForObject("select min(id) from integrity_report", Long.class);
            long second = jdbc.queryForObject("select max(id) from integrity_report", Long.class);
            jdbc.update("insert into integrity_entry (report_id, author, content) values (?, 'AUDITOR', ?)", first,
                    sealedByVersion1(json(Map.of("text", "รับเรื่องแล้ว", "at", "2026-11-03T03:00:00Z")), "entry"));
            jdbc.update("insert into integrity_evidence (report_id, content) values (?, ?)", first,
                    sealedByVersion1(new byte[] {10, 'i', 'm', 'a', 'g', 'e', '/', 'j', 'p', 'e', 'g', 1, 2, 3}, "evidence"));
            String draft = UUID.randomUUID().toString();
            jdbc.update("insert into integrity_draft (id, content, updated_at) values (?, ?, current_timestamp)", draft,
                    sealedByVersion1(json(Map.of("WHO", "ปลัด")), "draft"));
            database.migrateTo(null);
            Sealer sealer = new Sealer(KEY);
            // An entry as version 2 sealed it: bound to its report only.
            jdbc.update("insert into integrity_entry (report_id, author, content, sealed_version) values (?, 'REPORTER', ?,"
                    + " 2)", second, sealer.seal(json(Map.of("text", "เพิ่มเติม", "at", "2026-11-04T03:00:00Z")),
                    "entry", second));

            Resealing.run(sealer, jdbc);

            assertThat(jdbc.queryForList("select sealed_version from integrity_report union all select sealed_version"
                    + " from integrity_evidence union all select sealed_version from integrity_draft", Integer.class))
                    .containsOnly(2);
            assertThat(jdbc.queryForList("select sealed_version from integrity_entry", Integer.class))
                    .containsOnly(Resealing.ENTRY_VERSION);
            assertThat(SealedJson.open(sealer, jdbc.queryForObject("select content from integrity_entry where report_id = ?",
                    byte[].class, second), "entry", IntegrityReports.entryOwner(second, "REPORTER")))
                    .containsEntry("text", "เพิ่มเติม");
            byte[] firstContent = content(jdbc, "integrity_report", first);
            assertThat(SealedJson.open(sealer, firstContent, "report", first)).containsEntry("WHAT", "จัดซื้อน้ำมันเกินจริง");
            byte[] entry = jdbc.queryForObject("select content from integrity_entry where report_id = ?", byte[].class,
                    first);
            assertThat(SealedJson.open(sealer, entry, "entry", IntegrityReports.entryOwner(first, "AUDITOR")))
                    .containsEntry("text", "รับเรื่องแล้ว");
            assertThatThrownBy(() -> SealedJson.open(sealer, entry, "entry", IntegrityReports.entryOwner(first,
                    "REPORTER"))).as("the auditor's words as the reporter's").isInstanceOf(Sealer.WrongKeyException.class);
            assertThat(IntegrityReports.openEvidence(sealer,
                    jdbc.queryForObject("select content from integrity_evidence", byte[].class), first).bytes())
                    .containsExactly(1, 2, 3);
            assertThat(SealedJson.open(sealer, content(jdbc, "integrity_draft", draft), "draft", DraftId.parse(draft)))
                    .containsEntry("WHO", "ปลัด");
            assertThatThrownBy(() -> SealedJson.open(sealer, firstContent, "report", second))
                    .as("a report's content copied over another's").isInstanceOf(Sealer.WrongKeyException.class);

            Resealing.run(sealer, jdbc);
            assertThat(content(jdbc, "integrity_report", first)).as("nothing left to do").isEqualTo(firstContent);
        }
    }

    private static byte[] content(JdbcTemplate jdbc, String table, Object id) {
        return jdbc.queryForObject("select content from " + table + " where id = ?", byte[].class, id);
    }

    private static byte[] json(Map<String, String> values) throws Exception {
        return new ObjectMapper().writeValueAsBytes(values);
    }

    private static byte[] sealedByVersion1(byte[] plain, String purpose) {
        return OldSeals.version1(KEY, plain, purpose);
    }
}
