package th.tambondesk.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import th.tambondesk.DatabaseDump;

/** A corruption report through LINE: afterwards neither the raw events nor the outbox tie it to the LINE user. */
class LineIntegrityFlowTest extends LineFlowSupport {

    String userId = Webhooks.newUserId();
    LoggedRequest last;

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void forgetsWhoSentTheReportOnceItIsDelivered(CapturedOutput log) throws Exception {
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
        // The answer with the receipt code fails once: the sender logs it, and must not name the recipient.
        LINE.server.stubFor(post(urlEqualTo(LineStub.REPLY)).inScenario("reply").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Internal error\"}"))
                .willSetStateTo("ok"));
        LINE.server.stubFor(post(urlEqualTo(LineStub.REPLY)).inScenario("reply").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"sentMessages\":[{\"id\":\"4\"}]}")));
        tap("ยืนยันส่งเรื่อง");
        assertThat(last.getBodyAsString()).contains("รหัสรับแจ้งของท่าน");

        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.queryForObject("select count(*) from line_outbox where recipient = ?", Integer.class, userId) == 0);
        assertThat(DatabaseDump.columnsContaining(jdbc, userId)).as("the reporter's LINE id").isEmpty();
        assertThat(DatabaseDump.columnsContaining(jdbc, what)).as("the report in plain text").isEmpty();
        assertThat(log.getAll()).as("the application log").contains("failed (500").doesNotContain(userId)
                .doesNotContain(what);
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
