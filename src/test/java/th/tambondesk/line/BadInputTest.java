package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;

/**
 * What residents and the network really send: text that looks like SQL, HTML or a path, emoji, zero-width and
 * right-to-left characters, 5,000 characters at once, events with fields missing, message types nobody knows yet.
 * Each gets a sensible answer within LINE's limits (checked by {@link LineStub} after every test), no stack trace,
 * and what the resident typed is filed exactly as typed.
 */
class BadInputTest extends LineFlowSupport {

    static final String LONG = "ไฟดับ " + "ก".repeat(4_994);

    @Autowired
    Cases cases;

    @ParameterizedTest
    @ValueSource(strings = {
            "ไฟดับ'); drop table service_case; --",
            "ไฟดับ <script>alert('x')</script><img src=x onerror=alert(1)>",
            "ไฟดับ ../../../../etc/passwd %2e%2e%2f C:\\Windows\\system32\\ file:///etc/shadow",
            "ไฟดับ 💡🙏🏽👨‍👩‍👧 zero\u200Bwidth\u200D joiner \u202Eשלום\u202C مرحبا \uFEFF",
            "ไฟดับ ก่่่่่่ ที่ ๑๒๓ ฿ สระลอย ุ ั ์"})
    void trickyTextIsFiledExactlyAsTyped(String typed) throws Exception {
        List<CaseView> filed = fileAStreetLightReport(typed);

        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).details()).extracting(d -> d.value()).contains(typed);
        assertThat(jdbc.queryForObject("select count(*) from service_case", Integer.class)).isPositive();
    }

    @Test
    void aFiveThousandCharacterMessageIsFiledWholeAndEchoedWithinLinesLimits() throws Exception {
        assertThat(LONG).hasSize(5_000);

        List<CaseView> filed = fileAStreetLightReport(LONG);

        assertThat(filed.get(0).details()).extracting(d -> d.value()).contains(LONG);
    }

    @Test
    void messageTypesNobodyKnowsYetGetAPoliteAnswer() throws Exception {
        Webhooks hologram = Webhooks.text(Webhooks.newUserId(), "x")
                .event(e -> ((ObjectNode) e.get("message")).put("type", "hologram").remove("text"));

        deliver(hologram).andExpect(status().isOk());

        assertThat(LineStub.body(awaitSends(hologram, 1).get(0)).toString()).contains("ขออภัย");
        awaitEventDone(hologram);
    }

    @Test
    void eventsWithFieldsMissingAreHandledWithoutRetryingForever() throws Exception {
        Webhooks noText = Webhooks.text(Webhooks.newUserId(), "x")
                .event(e -> ((ObjectNode) e.get("message")).remove("text"));
        Webhooks noSource = Webhooks.text(Webhooks.newUserId(), "สวัสดี").event(e -> e.remove("source"));
        Webhooks noReplyToken = Webhooks.text(Webhooks.newUserId(), "สวัสดี").event(e -> e.remove("replyToken"));

        for (Webhooks hook : List.of(noText, noSource, noReplyToken)) {
            deliver(hook).andExpect(status().isOk());
        }

        awaitEventDone(noText);
        awaitEventDone(noSource);
        assertThat(sendsFor(noText)).hasSize(1);
        assertThat(LINE.pushes()).anySatisfy(push -> assertThat(push.getBodyAsString())
                .contains(noReplyToken.userId()));
        awaitEventDone(noReplyToken);
        assertThat(jdbc.queryForObject("select max(attempts) from line_event where webhook_event_id in (?, ?, ?)",
                Integer.class, noText.eventId(), noSource.eventId(), noReplyToken.eventId())).isLessThanOrEqualTo(1);
    }

    /** Says {@code text}, agrees, shares the place, skips the photo and the phone, and confirms. */
    private List<CaseView> fileAStreetLightReport(String text) throws Exception {
        Resident resident = new Resident();
        resident.say(text);
        assertThat(resident.said()).contains("การใช้ข้อมูลส่วนบุคคล");
        resident.tap("ยินยอมและเริ่มกรอก");
        resident.shareLocation();
        resident.tap("ข้าม");
        resident.tap("ข้าม");
        assertThat(resident.said()).contains("ตรวจสอบข้อมูลก่อนยืนยัน");
        resident.tap("ยืนยันส่งเรื่อง");
        assertThat(resident.said()).contains("ส่งเรื่องเรียบร้อยแล้ว");
        return cases.ofResident(CaseChannel.LINE, resident.userId);
    }
}
