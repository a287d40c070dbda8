package th.tambondesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import th.tambondesk.integrity.Addition;
import th.tambondesk.integrity.DraftId;
import th.tambondesk.integrity.IntegrityCategory;
import th.tambondesk.integrity.IntegrityReports;
import th.tambondesk.integrity.ReportField;

/** The integrity pages: the auditor's section behind its role, and the public follow-up page. */
@SpringBootTest
@AutoConfigureMockMvc
class IntegritySectionWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntegrityReports reports;

    @Autowired
    JdbcTemplate jdbc;

    String code;
    long id;

    @BeforeEach
    void aReport() {
        DraftId draft = reports.startDraft();
        reports.setCategory(draft, IntegrityCategory.BRIBERY);
        reports.setField(draft, ReportField.WHAT, "<script>alert(1)</script> ขอเงินใต้โต๊ะ");
        code = reports.submit(draft, true).code();
        id = jdbc.queryForObject("select max(id) from integrity_report", Long.class);
    }

    @Test
    void whatAReporterAddsIsCappedAndACodeEnteredAgainReplacesItsHandle() {
        // Security review (issue 26): a receipt code let anyone add without end.
        String first = reports.follow(code, "cap-test").orElseThrow().handle();
        String second = reports.follow(code, "cap-test").orElseThrow().handle();
        assertThat(reports.addInformation(first, "เก่า")).as("the earlier handle is gone").isEqualTo(Addition.EXPIRED);
        for (int i = 0; i < IntegrityReports.MAX_ADDED_ENTRIES; i++) {
            assertThat(reports.addInformation(second, "ข้อมูลเพิ่ม " + i)).isEqualTo(Addition.ADDED);
        }
        assertThat(reports.addInformation(second, "อีก")).isEqualTo(Addition.FULL);
        assertThat(reports.addEvidence(second, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg"))
                .isEqualTo(Addition.FULL);
        assertThat(jdbc.queryForObject(
                "select count(*) from integrity_entry where report_id = ? and author = 'REPORTER'", Integer.class, id))
                .isEqualTo(IntegrityReports.MAX_ADDED_ENTRIES);
    }

    @Test
    void refusesEveryoneButTheAuditor() throws Exception {
        mvc.perform(get("/inbox/integrity")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/inbox/login")));
        for (String role : List.of("ADMIN", "STAFF")) {
            mvc.perform(get("/inbox/integrity").with(user("someone").roles(role))).andExpect(status().isForbidden());
            mvc.perform(get("/inbox/integrity/" + id).with(user("someone").roles(role))).andExpect(status().isForbidden());
        }
        int before = jdbc.queryForObject("select count(*) from integrity_access_log where report_id = ?", Integer.class, id);
        assertThat(before).as("refused readers leave no reading").isZero();
    }

    @Test
    void showsTheAuditorTheReportEscapedAndLogsTheOpening() throws Exception {
        mvc.perform(get("/inbox/integrity").with(user("auditor1").roles("AUDITOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("เรียกรับสินบน")))
                .andExpect(content().string(containsString("ส่งแล้ว รอเจ้าหน้าที่รับเรื่อง")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*<td>[^<]*25\\d\\d</td>.*")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<td>20\\d\\d-\\d\\d</td>.*"))));
        mvc.perform(get("/inbox/integrity/" + id).with(user("auditor1").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; ขอเงินใต้โต๊ะ")))
                // The date, not the minute (issue 26): a time could be matched with the resident's other rows.
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*\\d\\d:\\d\\d น\\..*"))));
        assertThat(jdbc.queryForList("select auditor from integrity_access_log where report_id = ? and action = 'OPEN'",
                String.class, id)).containsExactly("auditor1");

        mvc.perform(post("/inbox/integrity/" + id + "/reply").param("message", "รับเรื่องแล้ว กำลังตรวจสอบ")
                .with(user("auditor1").roles("AUDITOR")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/inbox/integrity/" + id + "/status").param("status", "IN_PROGRESS")
                .with(user("auditor1").roles("AUDITOR")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/inbox/integrity/access-log").with(user("auditor1").roles("AUDITOR")))
                .andExpect(content().string(containsString("ครบถ้วน")))
                // The head to note down (issue 26): a log cut short at the end keeps an intact chain.
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<code>\\d+ · [0-9a-f]{16}</code>.*")))
                .andExpect(content().string(containsString("เปิดอ่านเรื่อง")))
                .andExpect(content().string(containsString("ส่งข้อความถึงผู้แจ้ง")))
                .andExpect(content().string(containsString("เปลี่ยนสถานะเป็น “กำลังดำเนินการ”")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">OPEN<"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("STATUS IN_PROGRESS"))));
        mvc.perform(get("/inbox/integrity/999999").with(user("auditor1").roles("AUDITOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void letsTheReporterFollowAndAddOnThePublicPageWithoutLogin() throws Exception {
        mvc.perform(get("/integrity")).andExpect(status().isOk());
        mvc.perform(post("/integrity/follow").param("code", code.toLowerCase()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ส่งแล้ว รอเจ้าหน้าที่รับเรื่อง")))
                .andExpect(content().string(containsString("ยังไม่มีข้อความ")));
        mvc.perform(post("/integrity/follow").param("code", "ZZZZ-ZZZZ-ZZZZ-ZZZZ").with(csrf()))
                .andExpect(content().string(containsString("ไม่พบเรื่องของรหัสนี้")));
        mvc.perform(post("/integrity/follow").param("code", code)).andExpect(status().isForbidden());
    }

    @Test
    void publishesO24CountsWithoutContent() throws Exception {
        mvc.perform(get("/integrity/statistics"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("เรียกรับสินบน")))
                .andExpect(content().string(containsString("ไม่มีเรื่องร้องเรียน")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ขอเงินใต้โต๊ะ"))));
    }
}
