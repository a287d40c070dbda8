package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseHandling;
import th.tambondesk.cases.CaseStatus;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.StaffViewer;
import th.tambondesk.common.MutableClock;

/**
 * After the report, as residents of FixMyStreet and Traffy Fondue expect: join an open report nearby instead of
 * reporting it again, say "ยังไม่เรียบร้อย" to a finished one, withdraw one, and staff merging two.
 */
@SpringBootTest
@DirtiesContext // its clock moves: see MutableClock
class FollowThroughTest {

    static final Instant TUESDAY = Instant.parse("2026-12-01T03:00:00Z");
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final StaffViewer WORKS = new StaffViewer("works", "ช่างสมชาย", false, "works");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(TUESDAY);
        }
    }

    @Autowired
    Dialogue dialogue;

    @Autowired
    Cases cases;

    @Autowired
    CaseHandling handling;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    /** A street of its own for each test, so the cases of other tests are never near. */
    double lat;
    double lon;

    @BeforeEach
    void somewhereNew() {
        clock.set(TUESDAY);
        lat = 13.0 + ThreadLocalRandom.current().nextInt(0, 1000) * 0.01;
        lon = 99.0 + ThreadLocalRandom.current().nextInt(0, 1000) * 0.01;
    }

    @Test
    void aSecondResidentNearbyJoinsTheOpenCaseAndHearsItsStatusButNotItsWords() {
        DialogueTester first = resident();
        String code = reportStreetLight(first, lat, lon, "ไฟถนนดับ หน้าบ้านนายสมศักดิ์ โทร 089-111-2222");

        DialogueTester second = resident();
        second.say("ไฟดับ");
        second.tap("ยินยอมและเริ่มกรอก");
        // About 40 m north.
        second.send(new Input.Location(lat + 0.00036, lon, "", ""));
        assertThat(second.text()).contains("มีผู้แจ้งเรื่องนี้แล้ว").contains("แจ้งซ่อมไฟฟ้าสาธารณะ")
                .containsPattern("ประมาณ 4\\d เมตร").contains("ผู้แจ้ง 1 คน")
                .as("nothing of the first resident: no words, no code").doesNotContain("สมศักดิ์")
                .doesNotContain(code);
        second.say("ใช่ค่ะ");
        assertThat(second.text()).as("typing does not skip the choice").contains("กรุณาเลือก");
        String join = second.choice("ร่วมติดตามเรื่องนี้").data();
        second.tap("ร่วมติดตามเรื่องนี้");
        assertThat(second.text()).contains("ร่วมติดตามเรื่องเลขที่ " + code).contains("ผู้แจ้ง 2 คน");
        second.send(new Input.Tap(join, null));
        assertThat(second.text()).as("a double tap joins once").contains("ไม่ต้องกดซ้ำ")
                .doesNotContain("ร่วมติดตามเรื่องเลขที่");
        assertThat(jdbc.queryForObject("select reporters from service_case where tracking_code = ?", Integer.class,
                code)).isEqualTo(2);

        second.say("เรื่องของฉัน");
        assertThat(second.text()).contains("ร่วมติดตาม · เลขที่ " + code);
        second.say(code);
        assertThat(second.text()).contains("ท่านร่วมติดตามเรื่องนี้").doesNotContain("สมศักดิ์")
                .doesNotContain("ยกเลิกเรื่องนี้");

        long id = id(code);
        handling.changeStatus(id, CaseStatus.IN_PROGRESS, "ช่างออกตรวจพรุ่งนี้", WORKS);
        handling.reply(id, "คุณสมศักดิ์ครับ ขอเบอร์บ้านด้วย", WORKS);
        await().atMost(Duration.ofSeconds(10)).until(() -> !transcript(second).isEmpty()
                && transcript(first).size() >= 2);
        assertThat(transcript(second)).hasSize(1).first().asString().contains("เรื่องที่ท่านร่วมติดตาม")
                .contains("กำลังดำเนินการ").contains("ช่างออกตรวจพรุ่งนี้");
        assertThat(transcript(second)).as("staff's replies are for the requester").noneMatch(t -> t.contains("ขอเบอร์"));
    }

    @Test
    void theSameResidentIsShownTheirOwnCaseAndMayStillReportAnew() {
        DialogueTester resident = resident();
        String code = reportStreetLight(resident, lat, lon, "ไฟดับ");

        resident.say("ไฟดับ");
        resident.send(new Input.Location(lat, lon + 0.0002, "", ""));
        assertThat(resident.text()).contains("ท่านแจ้งเรื่องนี้ไว้แล้ว").contains(code)
                .doesNotContain("ร่วมติดตามเรื่องนี้");
        resident.tap("แจ้งเป็นเรื่องใหม่");
        assertThat(resident.text()).contains("ส่งรูป");
        resident.tap("ข้าม");
        resident.tap("ข้าม");
        resident.tap("ยืนยันส่งเรื่อง");
        assertThat(resident.text()).contains("ส่งเรื่องเรียบร้อยแล้ว");
        assertThat(jdbc.queryForObject("select count(*) from service_case where abs(latitude - ?) < 0.001 "
                + "and abs(longitude - ?) < 0.001", Integer.class, lat, lon)).isEqualTo(2);
    }

    @Test
    void farAwayOrAnotherServiceOrAClosedCaseIsNotOffered() {
        DialogueTester first = resident();
        String code = reportStreetLight(first, lat, lon, "ไฟดับ");

        DialogueTester second = resident();
        second.say("ไฟดับ");
        second.tap("ยินยอมและเริ่มกรอก");
        second.send(new Input.Location(lat + 0.0013, lon, "", ""));
        assertThat(second.text()).as("about 145 m: beyond 100 m").doesNotContain("มีผู้แจ้งเรื่องนี้แล้ว")
                .contains("ส่งรูป");
        second.say("ยกเลิก");

        handling.changeStatus(id(code), CaseStatus.DONE, "เปลี่ยนหลอดแล้ว", WORKS);
        second.say("ไฟดับ");
        second.send(new Input.Location(lat, lon, "", ""));
        assertThat(second.text()).as("a finished case is not offered").doesNotContain("มีผู้แจ้งเรื่องนี้แล้ว");
        second.say("ยกเลิก");

        somewhereNew();
        reportStreetLight(resident(), lat, lon, "ไฟดับ");
        DialogueTester road = resident();
        road.say("ถนนเป็นหลุม");
        road.tap("ยินยอมและเริ่มกรอก");
        road.send(new Input.Location(lat, lon, "", ""));
        assertThat(road.text()).as("another service at the same spot").contains("ส่งรูปจุดที่ชำรุด")
                .doesNotContain("มีผู้แจ้งเรื่องนี้แล้ว");
    }

    @Test
    void notFixedReopensTheCaseWithTheResidentsNoteAndPhotoWithinFourteenDays() {
        DialogueTester resident = resident();
        String code = reportStreetLight(resident, lat, lon, "ไฟดับ");
        long id = id(code);
        handling.changeStatus(id, CaseStatus.DONE, "เปลี่ยนหลอดแล้ว", WORKS);
        await().atMost(Duration.ofSeconds(10)).until(() -> !transcript(resident).isEmpty());
        assertThat(transcript(resident).get(0)).contains("เสร็จสิ้น").contains("reopen:" + code)
                .contains("rate:" + code + ":5");

        clock.set(TUESDAY.plus(Duration.ofDays(3)));
        resident.send(new Input.Tap("reopen:" + code, null));
        assertThat(resident.text()).contains("ยังไม่เรียบร้อยอย่างไร").contains("ไม่ต้องเปิดเรื่อง");
        resident.send(Input.Photo.of(JPEG, "image/jpeg"));
        assertThat(resident.text()).contains("ได้รับรูปที่ 1");
        resident.say("ไฟติดได้วันเดียวแล้วดับอีก");
        assertThat(resident.text()).contains("เปิดเรื่องเลขที่ " + code).contains("อีกครั้งแล้ว").contains("กองช่าง");

        assertThat(jdbc.queryForMap("select status, reopened, closed_at from service_case where id = ?", id))
                .containsEntry("STATUS", "REOPENED").containsEntry("REOPENED", 1).containsEntry("CLOSED_AT", null);
        assertThat(jdbc.queryForObject("select count(*) from case_attachment where case_id = ?", Integer.class, id))
                .isEqualTo(1);
        resident.send(new Input.Tap("reopen:" + code, null));
        assertThat(resident.text()).as("a second tap").contains("เปิดอยู่แล้ว");
        assertThat(handling.detail(id, WORKS).timeline()).anyMatch(e -> e.kind().equals("REOPENED")
                && "ไฟติดได้วันเดียวแล้วดับอีก".equals(e.note()));
        assertThat(handling.search(new th.tambondesk.cases.CaseFilter(th.tambondesk.cases.CaseFilter.View.NEW, null,
                null, null, null, null, code), WORKS, 0).getContent()).as("back in the staff's new list")
                .singleElement().satisfies(row -> assertThat(row.reopened()).isEqualTo(1));

        handling.changeStatus(id, CaseStatus.DONE, "เปลี่ยนสายไฟแล้ว", WORKS);
        clock.set(TUESDAY.plus(Duration.ofDays(18)));
        resident.send(new Input.Tap("reopen:" + code, null));
        assertThat(resident.text()).as("15 days after the second finish").contains("เปิดเรื่องนี้อีกครั้งไม่ได้แล้ว");
        assertThat(jdbc.queryForObject("select status from service_case where id = ?", String.class, id))
                .isEqualTo("DONE");
    }

    @Test
    void anotherResidentCannotReopenOrWithdrawSomeoneElsesCase() {
        DialogueTester owner = resident();
        String code = reportStreetLight(owner, lat, lon, "ไฟดับ");
        DialogueTester stranger = resident();

        stranger.send(new Input.Tap("withdraw-case:" + code, null));
        assertThat(stranger.text()).contains("ยกเลิกเรื่องนี้ไม่ได้");
        handling.changeStatus(id(code), CaseStatus.DONE, null, WORKS);
        stranger.send(new Input.Tap("reopen:" + code, null));
        assertThat(stranger.text()).contains("เปิดเรื่องนี้อีกครั้งไม่ได้แล้ว");
        assertThat(jdbc.queryForObject("select status from service_case where tracking_code = ?", String.class, code))
                .isEqualTo("DONE");
    }

    @Test
    void aResidentWithdrawsAnOpenCaseWithAReasonAndLeavesItOpenForThoseWhoJoined() {
        DialogueTester resident = resident();
        String code = reportStreetLight(resident, lat, lon, "ไฟดับ");
        resident.say(code);
        resident.tap("ยกเลิกเรื่องนี้");
        assertThat(resident.text()).contains("ต้องการยกเลิกเรื่องเลขที่ " + code);
        resident.tap("ไม่ยกเลิก");
        assertThat(resident.text()).contains("ยังเหมือนเดิม");
        resident.say(code);
        resident.tap("ยกเลิกเรื่องนี้");
        resident.say("ไฟกลับมาติดเองแล้วค่ะ");
        assertThat(resident.text()).contains("ยกเลิกเรื่องเลขที่ " + code + " แล้ว");
        assertThat(jdbc.queryForObject("select status from service_case where tracking_code = ?", String.class, code))
                .isEqualTo("CANCELLED");
        assertThat(handling.detail(id(code), WORKS).timeline()).anyMatch(e -> e.status() == CaseStatus.CANCELLED
                && "ไฟกลับมาติดเองแล้วค่ะ".equals(e.note()));

        somewhereNew();
        DialogueTester first = resident();
        String shared = reportStreetLight(first, lat, lon, "ไฟดับ");
        DialogueTester second = resident();
        second.say("ไฟดับ");
        second.tap("ยินยอมและเริ่มกรอก");
        second.send(new Input.Location(lat, lon, "", ""));
        second.tap("ร่วมติดตามเรื่องนี้");
        first.say(shared);
        first.tap("ยกเลิกเรื่องนี้");
        first.tap("แก้ไขได้เองแล้ว");
        assertThat(jdbc.queryForMap("select status, reporters, resident_key from service_case where tracking_code = ?",
                shared)).containsEntry("STATUS", "NEW").containsEntry("REPORTERS", 1).containsEntry("RESIDENT_KEY", null);
        second.say(shared);
        assertThat(second.text()).contains("ส่งแล้ว รอเจ้าหน้าที่รับเรื่อง");
    }

    @Test
    void staffMergeADuplicateAndItsResidentFollowsTheEarlierCase() {
        DialogueTester first = resident();
        String earlier = reportStreetLight(first, lat, lon, "ไฟดับ");
        DialogueTester second = resident();
        second.say("ไฟดับ");
        second.tap("ยินยอมและเริ่มกรอก");
        second.send(new Input.Location(lat, lon + 0.0005, "", ""));
        second.tap("แจ้งเป็นเรื่องใหม่");
        second.tap("ข้าม");
        second.tap("ข้าม");
        second.tap("ยืนยันส่งเรื่อง");
        String later = second.text().replaceAll("(?s).*เลขที่เรื่อง: (69-\\d{6}).*", "$1");

        assertThat(handling.detail(id(later), WORKS).nearby()).as("staff see the earlier one nearby")
                .anyMatch(n -> n.trackingCode().equals(earlier) && n.metres() > 40 && n.metres() < 70);
        handling.merge(id(later), id(earlier), WORKS);
        assertThatThrownBy(() -> handling.merge(id(later), id(earlier), WORKS))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.queryForMap("select status, merged_into from service_case where tracking_code = ?", later))
                .containsEntry("STATUS", "MERGED").containsEntry("MERGED_INTO", id(earlier));
        assertThat(handling.detail(id(earlier), WORKS).reporters()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> !transcript(second).isEmpty());
        assertThat(transcript(second).get(0)).contains("รวมเข้ากับเรื่องเลขที่ " + earlier);

        handling.changeStatus(id(earlier), CaseStatus.DONE, "ซ่อมแล้ว", WORKS);
        await().atMost(Duration.ofSeconds(10)).until(() -> transcript(second).size() >= 2);
        assertThat(transcript(second).get(1)).contains("เรื่องที่ท่านร่วมติดตาม").contains("เสร็จสิ้น")
                .contains("reopen:" + earlier);
        clock.set(TUESDAY.plus(Duration.ofDays(1)));
        second.send(new Input.Tap("reopen:" + earlier, null));
        second.say("ยังดับอยู่");
        assertThat(jdbc.queryForObject("select status from service_case where tracking_code = ?", String.class,
                earlier)).as("those who joined may say it is not fixed too").isEqualTo("REOPENED");
    }

    @Test
    void residentsCannotSetTheirOwnStatusesThroughTheStaffPath() {
        DialogueTester resident = resident();
        long id = id(reportStreetLight(resident, lat, lon, "ไฟดับ"));
        assertThatThrownBy(() -> handling.changeStatus(id, CaseStatus.MERGED, "x", WORKS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> handling.changeStatus(id, CaseStatus.CANCELLED, "x", WORKS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private DialogueTester resident() {
        return new DialogueTester(dialogue, Channel.WEB);
    }

    /** Reports a street light at the place, with no photo or phone; returns the tracking code. */
    private String reportStreetLight(DialogueTester resident, double latitude, double longitude, String detail) {
        resident.say(detail);
        if (resident.text().contains("ยินยอมและเริ่มกรอก")) {
            resident.tap("ยินยอมและเริ่มกรอก");
        }
        resident.send(new Input.Location(latitude, longitude, "", ""));
        assertThat(resident.text()).as("nothing open near a new street").contains("ส่งรูป");
        resident.tap("ข้าม");
        if (resident.text().contains("เบอร์โทรศัพท์")) {
            resident.tap("ข้าม");
        }
        resident.tap("ยืนยันส่งเรื่อง");
        assertThat(resident.text()).contains("ส่งเรื่องเรียบร้อยแล้ว");
        return cases.ofResident(CaseChannel.WEB, resident.resident.key()).get(0).trackingCode();
    }

    private long id(String code) {
        return jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class, code);
    }

    private List<String> transcript(DialogueTester resident) {
        return jdbc.queryForList("select body from webchat_message where session_key = ? order by id", String.class,
                resident.resident.key());
    }
}
