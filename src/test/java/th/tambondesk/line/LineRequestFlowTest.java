package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A resident files a street-light report in LINE: real webhook payloads, signed, against the LINE stub. */
class LineRequestFlowTest extends LineFlowSupport {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Test
    void filesAStreetLightReportWithPhotoAndLocationInSixActions() throws Exception {
        Resident resident = new Resident();

        resident.say("ไฟดับหน้าบ้าน");
        assertThat(resident.said()).contains("การใช้ข้อมูลส่วนบุคคล");
        resident.tap("ยินยอมและเริ่มกรอก");
        assertThat(resident.said()).contains("\"type\":\"location\"");
        resident.shareLocation();
        assertThat(resident.said()).contains("\"type\":\"camera\"").contains("\"type\":\"cameraRoll\"");
        resident.sendPhoto("image/jpeg", JPEG);
        assertThat(resident.said()).contains("ได้รับรูปที่ 1");
        resident.tap("ข้าม");
        assertThat(resident.said()).contains("ตรวจสอบข้อมูลก่อนยืนยัน");
        resident.tap("ยืนยันส่งเรื่อง");

        assertThat(resident.actions).isEqualTo(6);
        assertThat(resident.said()).contains("ส่งเรื่องเรียบร้อยแล้ว").contains("กองช่าง");
        List<java.util.Map<String, Object>> opened = jdbc.queryForList(
                "select id, channel, latitude, division_code from service_case where resident_key = ?", resident.userId);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).get("channel")).isEqualTo("LINE");
        assertThat(opened.get(0).get("latitude")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from case_attachment where case_id = ?", Integer.class,
                opened.get(0).get("id"))).isEqualTo(1);
    }

    @Test
    void explainsABrokenPhotoAndGoesOnWithTheForm() throws Exception {
        Resident resident = new Resident();
        resident.say("ไฟดับ");
        resident.tap("ยินยอมและเริ่มกรอก");
        resident.say("หน้าวัด");

        resident.sendPhoto("image/jpeg", "<html>not a picture</html>".getBytes());
        assertThat(resident.said()).contains("ไม่ใช่รูปภาพ").contains("\"type\":\"camera\"");

        resident.sendPhoto("image/jpeg", new byte[10 * 1024 * 1024 + 10]);
        assertThat(resident.said()).contains("ใหญ่เกินไป");

        resident.sendPhoto("image/jpeg", JPEG);
        assertThat(resident.said()).contains("ได้รับรูปที่ 1");
    }

    @Test
    void explainsAPhotoLineNoLongerHas() throws Exception {
        Resident resident = new Resident();
        resident.say("ไฟดับ");
        resident.tap("ยินยอมและเริ่มกรอก");

        // No content stubbed for this id: LINE's content API answers 404.
        resident.send(Webhooks.sample("image-set-2of2.json"));

        assertThat(resident.said()).contains("รับรูปภาพนี้ไม่สำเร็จ");
    }
}
