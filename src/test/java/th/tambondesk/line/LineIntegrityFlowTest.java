package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import th.tambondesk.DatabaseDump;

/** A corruption report through LINE: afterwards neither the raw events nor the outbox tie it to the LINE user. */
class LineIntegrityFlowTest extends LineFlowSupport {

    String userId = Webhooks.newUserId();
    LoggedRequest last;

    @Test
    void forgetsWhoSentTheReportOnceItIsDelivered() throws Exception {
        String what = "หัวหน้าสั่งให้ลงชื่อรับของที่ไม่ได้รับ " + System.nanoTime();
        say("แจ้งเบาะแสทุจริต");
        tap("เริ่มแจ้งเบาะแส");
        tap("สั่งให้ทำผิดระเบียบ");
        tap("ไม่ทราบ");
        say(what);
        tap("ไม่ทราบ");
        tap("ไม่ทราบ");
        tap("ไม่มีหลักฐาน");
        tap("ไม่ประสงค์ออกนาม");
        tap("ยืนยันส่งเรื่อง");
        assertThat(last.getBodyAsString()).contains("รหัสรับแจ้งของท่าน");

        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.queryForObject("select count(*) from line_outbox where recipient = ?", Integer.class, userId) == 0);
        assertThat(DatabaseDump.columnsContaining(jdbc, userId)).as("the reporter's LINE id").isEmpty();
        assertThat(DatabaseDump.columnsContaining(jdbc, what)).as("the report in plain text").isEmpty();
    }

    private void say(String text) throws Exception {
        send(Webhooks.text(userId, text));
    }

    private void tap(String label) throws Exception {
        send(Webhooks.sample("postback-datetime.json").user(userId).postback(LineStub.postbackData(last, label))
                .event(e -> ((ObjectNode) e.get("postback")).remove("params")));
    }

    private void send(Webhooks hook) throws Exception {
        deliver(hook).andExpect(status().isOk());
        last = awaitSends(hook, 1).get(0);
    }
}
