package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import th.tambondesk.DatabaseDump;
import th.tambondesk.integrity.IntegrityAudit;
import th.tambondesk.integrity.IntegrityStatus;
import th.tambondesk.integrity.ReportDetail;
import th.tambondesk.integrity.ReportField;
import th.tambondesk.integrity.ReportSummary;

/** The corruption and misconduct channel: anonymous, sealed, auditor-only, followed by receipt code. */
/** The same configuration as PosterScanTest, so both share one application context. */
@SpringBootTest(properties = {"tambondesk.public-url=https://desk.huaichorakhe.go.th/",
        "tambondesk.sao.line-id=@123abcde"})
@AutoConfigureMockMvc
class IntegrityChannelTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired
    Dialogue dialogue;

    @Autowired
    IntegrityAudit audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Pseudonyms pseudonyms;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAnonymousReportLeavesNoTraceOfTheReporter() {
        DialogueTester reporter = new DialogueTester(dialogue, Channel.LINE);
        String secret = "ปลัดสั่งให้แก้ใบเสร็จค่าน้ำมันปลอม " + System.nanoTime();

        long logged = jdbc.queryForObject("select coalesce(max(id), 0) from interaction_log", Long.class);
        String code = sendReport(reporter, secret, true);

        assertThat(jdbc.queryForObject("select count(*) from interaction_log where id > ? and resident is null",
                Integer.class, logged)).as("not even a row without a resident: its place in the log would date it")
                .isZero();
        assertThat(code).matches("\\w{4}-\\w{4}-\\w{4}-\\w{4}");
        assertThat(DatabaseDump.columnsContaining(jdbc, reporter.resident.key())).as("the reporter's LINE id").isEmpty();
        assertThat(DatabaseDump.columnsContaining(jdbc, pseudonyms.of(reporter.resident))).as("their pseudonym").isEmpty();
        assertThat(DatabaseDump.columnsContaining(jdbc, secret)).as("the report in plain text").isEmpty();
        assertThat(DatabaseDump.columnsContaining(jdbc, code.replace("-", ""))).as("the receipt code").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from conversation_state where resident_id = ?", Integer.class,
                "LINE:" + reporter.resident.key())).as("the dialogue state is deleted").isZero();
        assertThat(reporter.confidential).isTrue();
    }

    @Test
    void onlyTheAuditorCanListOrOpenReportsAndEveryReadingIsLogged() {
        String secret = "จัดซื้อโต๊ะแพงเกินจริง " + System.nanoTime();
        sendReport(new DialogueTester(dialogue, Channel.WEB), secret, false);

        assertThatThrownBy(() -> audit.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        loginAs("admin", "ADMIN");
        assertThatThrownBy(() -> audit.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.open(1)).isInstanceOf(AccessDeniedException.class);
        loginAs("staff", "STAFF");
        assertThatThrownBy(() -> audit.accessLog()).isInstanceOf(AccessDeniedException.class);

        loginAs("auditor1", "AUDITOR");
        ReportSummary newest = audit.list().get(0);
        ReportDetail opened = audit.open(newest.id()).orElseThrow();
        assertThat(opened.field(ReportField.WHAT)).isEqualTo(secret);
        assertThat(opened.field(ReportField.NAME)).isEqualTo("สมชาย ใจดี");
        assertThat(opened.evidence()).hasSize(1);
        assertThat(audit.evidence(newest.id(), opened.evidence().get(0))).get()
                .satisfies(file -> assertThat(file.bytes()).isEqualTo(JPEG));
        assertThat(jdbc.queryForList("select action from integrity_access_log where report_id = ? order by id",
                String.class, newest.id())).contains("OPEN").anyMatch(a -> a.startsWith("EVIDENCE"));
        assertThat(audit.accessLogIntact()).isTrue();
    }

    @Test
    void theReporterFollowsWithTheCodeReadsTheAuditorAndAddsInformation() {
        DialogueTester reporter = new DialogueTester(dialogue, Channel.LINE);
        String code = sendReport(reporter, "เจ้าหน้าที่เรียกเงินค่าดำเนินการ " + System.nanoTime(), true);

        reporter.say(code.toLowerCase());
        assertThat(reporter.text()).contains("ส่งแล้ว รอเจ้าหน้าที่รับเรื่อง").contains("ยังไม่มีข้อความ");

        loginAs("auditor1", "AUDITOR");
        long id = audit.list().get(0).id();
        audit.reply(id, "ได้รับเรื่องแล้ว ขอทราบวันที่เกิดเหตุเพิ่มเติม");
        audit.setStatus(id, IntegrityStatus.IN_PROGRESS);
        SecurityContextHolder.clearContext();

        reporter.say(code);
        assertThat(reporter.text()).contains("กำลังดำเนินการ").contains("ขอทราบวันที่เกิดเหตุเพิ่มเติม");
        reporter.tap("เพิ่มข้อมูล");
        reporter.say("เกิดเมื่อวันที่ 3 พฤศจิกายน 2569");
        assertThat(reporter.text()).contains("เพิ่มข้อมูลในเรื่องของท่านแล้ว");

        loginAs("auditor1", "AUDITOR");
        assertThat(audit.open(id).orElseThrow().entries())
                .anyMatch(e -> e.author().equals("REPORTER") && e.text().contains("3 พฤศจิกายน"));
    }

    /** The "add" button of an earlier follow-up stays in the chat; tapped during a new report, it finds nothing. */
    @Test
    void aStaleAddButtonTappedWhileWritingAReportIsAnsweredAsExpired() {
        DialogueTester reporter = new DialogueTester(dialogue, Channel.LINE);
        reporter.say("แจ้งเบาะแสทุจริต");
        reporter.tap("เริ่มแจ้งเบาะแส");
        reporter.send(new Input.Tap(new Postback.Integrity(Postback.IntegrityAction.Button.ADD).data(), null));

        reporter.say("ข้อมูลเพิ่มเติม");
        assertThat(reporter.text()).contains("หมดเวลาเพิ่มข้อมูลแล้ว");
        reporter.say("แจ้งเบาะแสทุจริต");
        assertThat(reporter.text()).contains("หน่วยตรวจสอบภายใน");
    }

    @Test
    void slowsDownWrongCodes() {
        DialogueTester guesser = new DialogueTester(dialogue, Channel.WEB);
        for (int i = 0; i < 5; i++) {
            guesser.say("AAAA-BBBB-CCCC-DDD" + i);
            assertThat(guesser.text()).contains("ไม่พบเรื่องของรหัสนี้");
        }
        guesser.say("AAAA-BBBB-CCCC-DDDD");
        assertThat(guesser.text()).contains("หลายครั้งเกินไป");
    }

    @Test
    void theChannelSaysWhoReadsItThatNamesAreNotRevealedAndWhereToGoAboutExecutives() {
        DialogueTester reporter = new DialogueTester(dialogue, Channel.LINE);
        reporter.say("แจ้งเบาะแสทุจริต");
        assertThat(reporter.text()).contains("เปิดอ่านได้เฉพาะหน่วยตรวจสอบภายใน")
                .contains("แจ้งได้โดยไม่ต้องบอกชื่อ").contains("ไม่มีการเปิดเผยชื่อของท่านให้ผู้ที่ถูกกล่าวหาทราบ")
                .contains("ป.ป.ช. โทร 1205").contains("ศูนย์ดำรงธรรม โทร 1567")
                .as("the full address of the follow-up page").contains("https://desk.huaichorakhe.go.th/integrity")
                .doesNotContain("เข้ารหัส");
        reporter.tap("เริ่มแจ้งเบาะแส");
        assertThat(reporter.choices()).extracting(Choice::label).contains("ผลประโยชน์ทับซ้อน", "ใช้ของราชการส่วนตัว");
        reporter.tap("ผลประโยชน์ทับซ้อน");
        reporter.tap("ไม่ทราบ");
        reporter.say("กรรมการตรวจรับงานเป็นญาติกับผู้รับจ้าง");
        reporter.tap("ไม่ทราบ");
        reporter.tap("ไม่ทราบ");
        reporter.tap("ไม่มีหลักฐาน");
        assertThat(reporter.text()).contains("ไม่บอกชื่อก็ได้");
        reporter.tap("ระบุชื่อและเบอร์โทร");
        assertThat(reporter.text()).contains("ไม่เปิดเผยให้ผู้ที่ถูกกล่าวหาทราบ").doesNotContain("เข้ารหัส");
        reporter.tap("ยกเลิก");
    }

    @Test
    void aMessageThatCouldNotBeHandledIsKnownAsTheChannelsWithoutChangingAnything() {
        // What a channel asks before setting aside a message it could not handle (issue 26).
        DialogueTester reporter = new DialogueTester(dialogue, Channel.LINE);
        DialogueTester neighbour = new DialogueTester(dialogue, Channel.LINE);
        assertThat(dialogue.confidential(reporter.resident, "ไฟดับ")).isFalse();
        reporter.say("แจ้งเบาะแสทุจริต");
        reporter.tap("เริ่มแจ้งเบาะแส");

        assertThat(dialogue.confidential(reporter.resident, "ไฟดับ")).isTrue();
        assertThat(dialogue.confidential(reporter.resident, null)).as("a photo").isTrue();
        assertThat(dialogue.confidential(neighbour.resident, "ไฟดับ")).isFalse();
        assertThat(dialogue.confidential(neighbour.resident, "K7QM-3XDA-9PHT-W2RC")).as("a receipt code").isTrue();
    }

    @Test
    void anAnonymousReporterIsNotAskedForAName() {
        DialogueTester reporter = new DialogueTester(dialogue, Channel.WEB);
        reporter.say("แจ้งเบาะแสทุจริต");
        reporter.tap("เริ่มแจ้งเบาะแส");
        reporter.tap("เรื่องอื่น");
        reporter.tap("ไม่ทราบ");
        reporter.say("มีการนำรถของ อบต. ไปใช้ส่วนตัว");
        reporter.tap("ไม่ทราบ");
        reporter.tap("ไม่ทราบ");
        reporter.tap("ไม่มีหลักฐาน");
        reporter.tap("ไม่ประสงค์ออกนาม");
        assertThat(reporter.text()).contains("ผู้แจ้ง: ไม่ประสงค์ออกนาม").contains("มีการนำรถของ อบต. ไปใช้ส่วนตัว");
        reporter.tap("ยกเลิก");
        assertThat(reporter.text()).contains("ยกเลิกการแจ้งเบาะแสแล้ว");
    }

    @Test
    void theAccessLogCannotBeChangedUnnoticed() throws Exception {
        loginAs("auditor1", "AUDITOR");
        audit.accessLog();
        String database = jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName();
        org.springframework.transaction.support.TransactionTemplate tx =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            if (database.toLowerCase().contains("postgres")) {
                assertThatThrownBy(() -> jdbc.update("update integrity_access_log set auditor = 'someone else'"))
                        .hasMessageContaining("append-only");
            } else {
                jdbc.update("update integrity_access_log set auditor = 'someone else' where id = "
                        + "(select max(id) from integrity_access_log)");
                assertThat(audit.accessLogIntact()).isFalse();
            }
        });
        assertThat(audit.accessLogIntact()).isTrue();
    }

    @Test
    void aRowAppendedWithoutTheIntegrityKeyBreaksTheChain() throws Exception {
        loginAs("auditor1", "AUDITOR");
        audit.accessLog();
        // What anyone who can write to the database could do before the chain was keyed: append a row whose link is
        // the plain SHA-256 of the row before and its own content.
        String prev = jdbc.queryForObject("select hash from integrity_access_log order by id desc limit 1", String.class);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((prev + "|null|auditor1|LIST|" + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8)));
        for (boolean keyed : new boolean[] {false, true}) {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                status.setRollbackOnly();
                jdbc.update("insert into integrity_access_log (report_id, auditor, action, at, prev_hash, hash, keyed)"
                        + " values (null, 'auditor1', 'LIST', ?, ?, ?, ?)", Timestamp.from(at), prev, hash, keyed);
                assertThat(audit.accessLogIntact()).as("appended, marked keyed = " + keyed).isFalse();
            });
        }
        assertThat(audit.accessLogIntact()).isTrue();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /** Files a report through the chat and returns the receipt code shown. */
    private String sendReport(DialogueTester reporter, String what, boolean anonymous) {
        reporter.say("แจ้งเบาะแสทุจริต");
        assertThat(reporter.text()).contains("หน่วยตรวจสอบภายใน").contains("ไม่ต้องบอกชื่อ");
        reporter.tap("เริ่มแจ้งเบาะแส");
        reporter.tap("จัดซื้อไม่โปร่งใส");
        reporter.say("นายก. ตำแหน่งเจ้าพนักงานพัสดุ");
        reporter.say(what);
        reporter.say("ต้นเดือนพฤศจิกายน 2569");
        reporter.send(new Input.Location(13.82, 100.06, "", "หน้าสำนักงาน"));
        reporter.send(Input.Photo.of(JPEG, "image/jpeg"));
        assertThat(reporter.text()).contains("ได้รับหลักฐานแล้ว 1 รูป");
        reporter.tap("เสร็จแล้ว");
        if (anonymous) {
            reporter.tap("ไม่ประสงค์ออกนาม");
        } else {
            reporter.tap("ระบุชื่อและเบอร์โทร");
            reporter.say("สมชาย ใจดี");
            reporter.say("0812345678");
        }
        assertThat(reporter.text()).contains(what);
        reporter.tap("ยืนยันส่งเรื่อง");
        assertThat(reporter.text()).contains("รหัสรับแจ้งของท่าน").contains("เพียงครั้งเดียว");
        Matcher code = Pattern.compile("\\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\\b").matcher(reporter.text());
        assertThat(code.find()).isTrue();
        return code.group();
    }

    private static void loginAs(String name, String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, "x",
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))));
    }

}
