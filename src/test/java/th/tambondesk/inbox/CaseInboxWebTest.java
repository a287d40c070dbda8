package th.tambondesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.conversation.Channel;
import th.tambondesk.conversation.Dialogue;
import th.tambondesk.conversation.Input;
import th.tambondesk.conversation.ResidentRef;

/** The staff inbox over HTTP: roles and divisions, handling a case, walk-ins, admin pages, login. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseInboxWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Cases cases;

    @Autowired
    Catalog catalog;

    @Autowired
    Dialogue dialogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffAccounts accounts;

    StaffPrincipal works;
    StaffPrincipal palad;
    StaffPrincipal admin;
    String webResident;

    @BeforeEach
    void people() {
        works = staff("works", Role.STAFF, "works");
        palad = staff("palad", Role.STAFF, "palad");
        admin = staff("admin", Role.ADMIN, null);
        webResident = "web-" + UUID.randomUUID();
    }

    @Test
    void staffSeeOnlyTheirDivisionAndAdminsSeeAll() throws Exception {
        long light = id(open("street-light", "<b>ไฟดับ</b> หน้าวัด"));
        long water = id(open("water-truck", "ขอน้ำ หมู่ 3"));

        mvc.perform(get("/inbox/cases").param("q", code(light)).with(user(works))).andExpect(status().isOk())
                .andExpect(content().string(containsString(code(light))));
        mvc.perform(get("/inbox/cases").param("q", code(water)).with(user(works))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ไม่มีเรื่องตามเงื่อนไขนี้")));
        mvc.perform(get("/inbox/cases/" + water).with(user(works))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/cases/" + light).with(user(works))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;b&gt;ไฟดับ&lt;/b&gt; หน้าวัด")));
        mvc.perform(get("/inbox/cases/" + water).with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/inbox/cases").param("q", code(light)).with(user(admin)))
                .andExpect(content().string(containsString(code(light))))
                .andExpect(content().string(not(containsString(code(water)))));
        mvc.perform(get("/inbox/integrity").with(user(works))).andExpect(status().isForbidden());
        mvc.perform(get("/inbox/admin").with(user(works))).andExpect(status().isForbidden());
    }

    @Test
    void tellsTheResidentEachChangeAndAsksForARatingAtTheEnd() throws Exception {
        long id = id(open("street-light", "ไฟดับ"));

        changeStatus(id, "RECEIVED", "");
        changeStatus(id, "IN_PROGRESS", "ช่างจะเข้าไปพรุ่งนี้");
        mvc.perform(post("/inbox/cases/" + id + "/reply").param("text", "ขอบคุณที่แจ้งครับ").with(user(works)).with(csrf()))
                .andExpect(flash().attribute("notice", "inbox.case.reply-sent"));
        changeStatus(id, "DONE", "เปลี่ยนหลอดแล้ว");

        await().atMost(Duration.ofSeconds(10)).until(() -> transcript().size() >= 4);
        List<String> told = transcript();
        assertThat(told).anyMatch(t -> t.contains("รับเรื่องแล้ว"));
        assertThat(told).anyMatch(t -> t.contains("ช่างจะเข้าไปพรุ่งนี้"));
        assertThat(told).anyMatch(t -> t.contains("ขอบคุณที่แจ้งครับ"));
        assertThat(told).anyMatch(t -> t.contains("เสร็จสิ้น") && t.contains("rate:"));

        dialogue.handle(new ResidentRef(Channel.WEB, webResident), new Input.Tap("rate:" + code(id) + ":5"));
        dialogue.handle(new ResidentRef(Channel.WEB, webResident), new Input.Text("บริการรวดเร็วมาก"));
        assertThat(jdbc.queryForMap("select rating, rating_comment from service_case where id = ?", id))
                .containsEntry("rating", 5).containsEntry("rating_comment", "บริการรวดเร็วมาก");
    }

    @Test
    void asksForAReasonToRefuseAndKeepsNotesInternal() throws Exception {
        long id = id(open("street-light", "ไฟดับ"));

        mvc.perform(post("/inbox/cases/" + id + "/status").param("status", "REJECTED").param("note", "")
                        .with(user(works)).with(csrf()))
                .andExpect(flash().attribute("error", "inbox.case.reason-required"));
        mvc.perform(post("/inbox/cases/" + id + "/note").param("text", "โทรหาผู้แจ้งแล้วไม่รับสาย")
                .with(user(works)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select status from service_case where id = ?", String.class, id)).isEqualTo("NEW");
        Thread.sleep(300);
        assertThat(transcript()).noneMatch(t -> t.contains("ไม่รับสาย"));
    }

    @Test
    void recordsAWalkInAndLinksItToLineWithTheReceiptCode() throws Exception {
        MvcResult result = mvc.perform(multipart("/inbox/walk-in/water-truck")
                        .param("requestId", UUID.randomUUID().toString())
                        .param("channel", "WALK_IN").param("contactName", "นางมาลี ใจดี")
                        .param("f-place", "บ้านเลขที่ 5 หมู่ 4").param("f-detail", "2 ครัวเรือน")
                        .param("f-phone", "081-234-5678")
                        .with(user(palad)).with(csrf()))
                .andExpect(redirectedUrl("/inbox/walk-in/receipt")).andReturn();
        Object receipt = result.getFlashMap().get("receipt");
        WalkInController.Receipt r = (WalkInController.Receipt) receipt;
        assertThat(r.linkCode()).hasSize(10);
        // The receipt page reads it after the redirect, from the session the post's cookies name.
        mvc.perform(get("/inbox/walk-in/receipt").cookie(result.getResponse().getCookies()).with(user(palad)))
                .andExpect(content().string(containsString(r.trackingCode())))
                .andExpect(content().string(containsString("เชื่อมเรื่อง " + r.linkCode())));

        ResidentRef line = new ResidentRef(Channel.LINE, "U" + UUID.randomUUID().toString().replace("-", ""));
        var answer = dialogue.handle(line, new Input.Text("เชื่อมเรื่อง " + r.linkCode()));
        assertThat(answer.replies().toString()).contains(r.trackingCode());
        assertThat(cases.ofResident(CaseChannel.LINE, line.key())).extracting(CaseView::trackingCode)
                .containsExactly(r.trackingCode());
        assertThat(jdbc.queryForObject("select channel from service_case where tracking_code = ?", String.class,
                r.trackingCode())).isEqualTo("WALK_IN");
        var again = dialogue.handle(new ResidentRef(Channel.LINE, "Uother"), new Input.Text("เชื่อมเรื่อง " + r.linkCode()));
        assertThat(again.replies().toString()).contains("ไม่ถูกต้อง");
    }

    @Test
    void wrongLinkCodesHoldUpOnlyTheResidentWhoTypedThem() throws Exception {
        MvcResult result = mvc.perform(multipart("/inbox/walk-in/water-truck")
                        .param("requestId", UUID.randomUUID().toString())
                        .param("channel", "WALK_IN").param("contactName", "นายสมชาย")
                        .param("f-place", "หมู่ 2").param("f-detail", "1 ครัวเรือน").param("f-phone", "0812345678")
                        .with(user(palad)).with(csrf()))
                .andReturn();
        String code = ((WalkInController.Receipt) result.getFlashMap().get("receipt")).linkCode();
        ResidentRef guesser = new ResidentRef(Channel.LINE, "U" + UUID.randomUUID().toString().replace("-", ""));
        for (int i = 0; i < 5; i++) {
            assertThat(dialogue.handle(guesser, new Input.Text("เชื่อมเรื่อง 2345678AB" + "23456".charAt(i)))
                    .replies().toString()).contains("ไม่ถูกต้อง");
        }
        // The sixth try is refused even with a right code, and says why.
        assertThat(dialogue.handle(guesser, new Input.Text("เชื่อมเรื่อง " + code)).replies().toString())
                .contains("หลายครั้ง");
        assertThat(cases.ofResident(CaseChannel.LINE, guesser.key())).isEmpty();
        // Anyone else is not held up.
        ResidentRef owner = new ResidentRef(Channel.LINE, "U" + UUID.randomUUID().toString().replace("-", ""));
        assertThat(dialogue.handle(owner, new Input.Text("เชื่อมเรื่อง " + code)).replies().toString())
                .contains("เชื่อมเรื่องเลขที่");
    }

    @Test
    void refusesAWalkInWithoutTheRequiredDetails() throws Exception {
        mvc.perform(multipart("/inbox/walk-in/water-truck").param("requestId", UUID.randomUUID().toString())
                        .param("contactName", "").param("f-phone", "12")
                        .with(user(palad)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ต้องกรอกข้อนี้")))
                .andExpect(content().string(containsString("เบอร์โทรศัพท์ไม่ถูกต้อง")));
    }

    @Test
    void aWalkInChecksAnswersByTheSameRulesAsTheChat() throws Exception {
        String birthNextYear = java.time.LocalDate.now(th.tambondesk.common.ThaiDates.ZONE).plusYears(1).toString();
        mvc.perform(multipart("/inbox/walk-in/elderly-allowance").param("requestId", UUID.randomUUID().toString())
                        .param("channel", "WALK_IN").param("contactName", "นางมาลี ใจดี")
                        .param("f-name", "ก".repeat(th.tambondesk.catalog.FieldSpec.MAX_TEXT + 1))
                        .param("f-birthdate", birthNextYear).param("f-phone", "0812345678")
                        .with(user(palad)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ยาวเกิน 5,000 ตัวอักษร")))
                .andExpect(content().string(containsString("วันที่นี้ยังมาไม่ถึง")));
        String long4000 = "ถนนชำรุด ".repeat(500);
        MvcResult kept = mvc.perform(multipart("/inbox/walk-in/water-truck").param("requestId", UUID.randomUUID().toString())
                        .param("channel", "WALK_IN").param("contactName", "นายสมชาย")
                        .param("f-place", "หมู่ 2").param("f-detail", long4000).param("f-phone", "0812345678")
                        .with(user(palad)).with(csrf()))
                .andExpect(redirectedUrl("/inbox/walk-in/receipt")).andReturn();
        String code = ((WalkInController.Receipt) kept.getFlashMap().get("receipt")).trackingCode();
        assertThat(jdbc.queryForObject("select details from service_case where tracking_code = ?", String.class, code))
                .as("a long answer is kept whole, as in the chat").contains(long4000.strip());
    }

    @Test
    void anAdminEditOfAServiceShowsInTheChatAtOnce() throws Exception {
        mvc.perform(get("/inbox/admin/services/fogging").with(user(admin))).andExpect(status().isOk());
        var edit = catalog.service("fogging").orElseThrow();
        mvc.perform(post("/inbox/admin/services").with(user(admin)).with(csrf())
                        .param("code", "fogging").param("categoryCode", edit.categoryCode()).param("kind", "REQUEST")
                        .param("name", "ขอพ่นหมอกควันกำจัดยุงลาย").param("description", edit.description())
                        .param("whoMayAsk", edit.whoMayAsk()).param("divisionCode", "health")
                        .param("documents", "ไม่ต้องใช้เอกสาร").param("keywords", "พ่นยุง, ยุงลาย")
                        .param("basis", "CONFIRMED").param("standardDays", "3").param("standardLabel", "3 วันทำการ")
                        .param("active", "true").param("fee", "ไม่มีค่าธรรมเนียม").param("feeVerified", "true")
                        .param("complaintChannel", "ปลัด อบต. โทร 034-123-456")
                        .param("steps[0].text", "รับคำขอ").param("steps[0].time", "")
                        .param("fields[0].key", "place").param("fields[0].type", "LOCATION")
                        .param("fields[0].label", "สถานที่").param("fields[0].question", "ที่ไหนคะ")
                        .param("fields[0].required", "true").param("fields[0].max", "1"))
                .andExpect(redirectedUrl("/inbox/admin/services"));

        assertThat(catalog.service("fogging").orElseThrow().name()).isEqualTo("ขอพ่นหมอกควันกำจัดยุงลาย");
        assertThat(catalog.service("fogging").orElseThrow().standardTime().days()).isEqualTo(3);
        var answer = dialogue.handle(new ResidentRef(Channel.WEB, "w-" + UUID.randomUUID()), new Input.Tap("info:fogging"));
        assertThat(answer.replies().toString()).contains("ขอพ่นหมอกควันกำจัดยุงลาย").contains("3 วันทำการ")
                .contains("ค่าธรรมเนียม: ไม่มีค่าธรรมเนียม").doesNotContain("โปรดสอบถามเจ้าหน้าที่อีกครั้ง")
                .contains("ร้องเรียนได้ที่: ปลัด อบต. โทร 034-123-456");

        mvc.perform(post("/inbox/admin/services").with(user(admin)).with(csrf())
                        .param("code", "fogging").param("categoryCode", edit.categoryCode()).param("kind", "REQUEST")
                        .param("name", "ขอพ่นหมอกควันกำจัดยุงลาย").param("description", edit.description())
                        .param("whoMayAsk", edit.whoMayAsk()).param("divisionCode", "health")
                        .param("basis", "UNKNOWN").param("active", "true")
                        .param("steps[0].text", "รับคำขอ")
                        .param("fields[0].key", "where").param("fields[0].type", "CHOICE")
                        .param("fields[0].label", "บริเวณ").param("fields[0].question", "บริเวณไหนคะ")
                        .param("fields[0].options", "ในบ้านและรอบบ้านทั้งหมดของผู้แจ้ง, ในชุมชน"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ยาวเกิน 20 ตัวอักษร")));
        assertThat(catalog.service("fogging").orElseThrow().fields()).extracting(f -> f.key()).containsExactly("place");
    }

    @Test
    void adminsCreateAccountsThatCanLogIn() throws Exception {
        String name = "clerk" + System.nanoTime() % 100000;
        MvcResult created = mvc.perform(post("/inbox/admin/users").with(user(admin)).with(csrf())
                        .param("username", name).param("displayName", "เสมียน").param("role", "STAFF")
                        .param("division", "finance"))
                .andExpect(redirectedUrl("/inbox/admin/users")).andReturn();
        String password = (String) created.getFlashMap().get("password");
        assertThat(password).hasSize(16);
        assertThat(jdbc.queryForObject("select password_hash from inbox_user where username = ?", String.class, name))
                .startsWith("{bcrypt}").doesNotContain(password);

        mvc.perform(formLogin("/inbox/login").user(name).password(password)).andExpect(authenticated().withUsername(name));
        mvc.perform(formLogin("/inbox/login").user(name).password("wrong")).andExpect(unauthenticated());
    }

    @Test
    void slowsDownRepeatedWrongPasswords() throws Exception {
        String name = "victim" + System.nanoTime() % 100000;
        accounts.create(name, "correct-password-1", "เหยื่อ", Role.STAFF, "works");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/inbox/login").user(name).password("guess" + i))
                    .andExpect(redirectedUrl("/inbox/login?error"));
        }
        mvc.perform(formLogin("/inbox/login").user(name).password("correct-password-1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/inbox/login?locked=1"));
    }

    @Test
    void theFirstAdminCanLogInWithTheConfiguredPassword() throws Exception {
        mvc.perform(formLogin("/inbox/login").user("admin").password("test-admin-password"))
                .andExpect(authenticated().withRoles("ADMIN"));
        mvc.perform(get("/inbox/cases")).andExpect(status().is3xxRedirection());
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    @Test
    void anAdminIssuesAnOpen311KeyThatFilesIntoTheInboxUntilRevoked() throws Exception {
        mvc.perform(get("/inbox/admin/open311").with(user(works))).andExpect(status().isForbidden());
        mvc.perform(post("/inbox/admin/open311").param("name", "x").with(user(works)).with(csrf()))
                .andExpect(status().isForbidden());
        MvcResult issued = mvc.perform(post("/inbox/admin/open311").param("name", "แอปจังหวัด").with(user(admin))
                .with(csrf())).andExpect(flash().attribute("notice", "admin.open311.issued")).andReturn();
        String key = (String) issued.getFlashMap().get("issuedSecret");
        // Following the redirect as the browser does: the same session and the flash cookie.
        String shownOnce = mvc.perform(get("/inbox/admin/open311").with(user(admin))
                .session((org.springframework.mock.web.MockHttpSession) issued.getRequest().getSession())
                .cookie(issued.getResponse().getCookies())).andReturn().getResponse().getContentAsString();
        assertThat(shownOnce).contains(key);
        String later = mvc.perform(get("/inbox/admin/open311").with(user(admin))).andReturn().getResponse()
                .getContentAsString();
        assertThat(later).contains("แอปจังหวัด").contains(key.substring(0, 8)).doesNotContain(key);

        String filed = mvc.perform(post("/open311/v2/requests.json").param("api_key", key)
                        .param("service_code", "road-drain").param("address_string", "ถนนสายหลัก หมู่ 5")
                        .param("description", "ถนนเป็นหลุมลึก"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String code = filed.replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/inbox/cases").param("q", code).with(user(works))).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("ระบบอื่น (Open311)")));

        long keyId = jdbc.queryForObject("select id from open311_api_key where name = 'แอปจังหวัด'", Long.class);
        mvc.perform(post("/inbox/admin/open311/" + keyId + "/revoke").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "admin.open311.revoked"));
        mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "road-drain")
                .param("address_string", "หมู่ 5")).andExpect(status().isForbidden());
    }

    @Test
    void staffMergeADuplicateFromTheCasePage() throws Exception {
        long earlier = id(open("street-light", "ไฟดับหน้าวัด"));
        long later = id(open("street-light", "ไฟหน้าวัดดับ"));
        mvc.perform(get("/inbox/cases/" + later).with(user(works))).andExpect(status().isOk())
                .andExpect(content().string(containsString("รวมเรื่องซ้ำ")));
        mvc.perform(post("/inbox/cases/" + later + "/status").param("status", "MERGED").param("note", "x")
                .with(user(works)).with(csrf())).andExpect(flash().attribute("error", "inbox.case.status-not-allowed"));
        mvc.perform(post("/inbox/cases/" + later + "/merge").param("code", "69-000000").with(user(works))
                .with(csrf())).andExpect(flash().attribute("error", "inbox.case.merge-unknown"));
        mvc.perform(post("/inbox/cases/" + later + "/merge").param("code", code(earlier)).with(user(works))
                        .with(csrf())).andExpect(flash().attribute("notice", "inbox.case.merged"))
                .andExpect(redirectedUrl("/inbox/cases/" + earlier));
        mvc.perform(get("/inbox/cases/" + earlier).with(user(works)))
                .andExpect(content().string(containsString("แจ้งโดยประชาชน 2 คน")));
        mvc.perform(get("/inbox/cases/" + later).with(user(works)))
                .andExpect(content().string(containsString("เรื่องนี้รวมเข้ากับเรื่อง")));
        long water = id(open("water-truck", "ขอน้ำ"));
        mvc.perform(post("/inbox/cases/" + later + "/merge").param("into", String.valueOf(water)).with(user(works))
                .with(csrf())).andExpect(status().isNotFound());
    }

    private CaseView open(String service, String detail) {
        return cases.open(new OpenCase(UUID.randomUUID().toString(), service, CaseChannel.WEB,
                new Requester(CaseChannel.WEB, webResident, "p"), null, "0812345678",
                List.of(new OpenCase.Detail("รายละเอียด", detail)), new OpenCase.Place(13.8, 100.0, "หน้าวัด"),
                List.of()));
    }

    private long id(CaseView view) {
        return jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class,
                view.trackingCode());
    }

    private String code(long id) {
        return jdbc.queryForObject("select tracking_code from service_case where id = ?", String.class, id);
    }

    private void changeStatus(long id, String status, String note) throws Exception {
        mvc.perform(post("/inbox/cases/" + id + "/status").param("status", status).param("note", note)
                        .with(user(works)).with(csrf()))
                .andExpect(flash().attribute("notice", "inbox.case.status-saved"));
    }

    private List<String> transcript() {
        return jdbc.queryForList("select body from webchat_message where session_key = ? order by id", String.class,
                webResident);
    }

    private StaffPrincipal staff(String name, Role role, String division) {
        return TestAccounts.account(accounts, name, role, division);
    }
}
