package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import th.tambondesk.TambonDeskApplication;

/**
 * Crash safety: events stored by one run and not processed (or left half-processed by a crash) are processed by the
 * next run, exactly once.
 */
class LineRestartTest {

    private static final LineStub LINE = new LineStub();

    @AfterAll
    static void stopStub() {
        LINE.server.stop();
    }

    @Test
    void processesEventsLeftByAPreviousRunExactlyOnce() throws Exception {
        Webhooks stored = Webhooks.text(Webhooks.newUserId(), "เก็บไว้ก่อนปิดเครื่อง");
        Webhooks halfDone = Webhooks.text(Webhooks.newUserId(), "กำลังทำอยู่ตอนเครื่องดับ");

        try (ConfigurableApplicationContext first = start(false)) {
            assertThat(deliver(first, stored)).isEqualTo(200);
            assertThat(deliver(first, halfDone)).isEqualTo(200);
            // The first run crashed while handling this one: claimed, lease not yet run out.
            first.getBean(JdbcTemplate.class).update("""
                    update line_event set status = 'PROCESSING', lease_owner = 'crashed-instance', lease_until = ?
                     where webhook_event_id = ?
                    """, Timestamp.from(Instant.now().plusSeconds(2)), halfDone.eventId());
        }
        assertThat(LINE.sendsTo(stored.replyToken())).isEmpty();

        try (ConfigurableApplicationContext second = start(true)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> done(jdbc, stored) && done(jdbc, halfDone));
            Thread.sleep(500);
            assertThat(LINE.sendsTo(stored.replyToken())).hasSize(1);
            assertThat(LINE.sendsTo(halfDone.userId()).size() + LINE.sendsTo(halfDone.replyToken()).size())
                    .isEqualTo(1);
            LINE.assertAllSendsValid();
        }
    }

    @Test
    void aHalfFilledRequestSurvivesARestart() throws Exception {
        String user = Webhooks.newUserId();
        try (ConfigurableApplicationContext first = start(true)) {
            converse(first, Webhooks.text(user, "ขอรถน้ำ น้ำไม่ไหล"));
            String consent = LineStub.postbackData(lastSent, "ยินยอมและเริ่มกรอก");
            converse(first, Webhooks.sample("postback-datetime.json").user(user).postback(consent));
            converse(first, Webhooks.text(user, "บ้านเลขที่ 9 หมู่ 2"));
            assertThat(lastSent.getBodyAsString()).contains("เบอร์โทรศัพท์");
        }

        try (ConfigurableApplicationContext second = start(true)) {
            converse(second, Webhooks.text(user, "0812345678"));
            assertThat(lastSent.getBodyAsString()).contains("ตรวจสอบข้อมูลก่อนยืนยัน").contains("บ้านเลขที่ 9 หมู่ 2");
            String confirm = LineStub.postbackData(lastSent, "ยืนยันส่งเรื่อง");
            converse(second, Webhooks.sample("postback-datetime.json").user(user).postback(confirm));
            assertThat(lastSent.getBodyAsString()).contains("ส่งเรื่องเรียบร้อยแล้ว");
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from service_case where resident_key = ?", Integer.class, user)).isEqualTo(1);
        }
    }

    /** Delivers one event and waits until its answer went out. */
    private static void converse(ConfigurableApplicationContext app, Webhooks hook) throws Exception {
        int before = LINE.sendsTo(hook.replyToken()).size();
        assertThat(deliver(app, hook)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> LINE.sendsTo(hook.replyToken()).size() > before);
        lastSent = LINE.sendsTo(hook.replyToken()).get(0);
    }

    /** The answer to the event delivered last. */
    private static LoggedRequest lastSent;

    private static boolean done(JdbcTemplate jdbc, Webhooks hook) {
        return "DONE".equals(jdbc.queryForObject("select status from line_event where webhook_event_id = ?",
                String.class, hook.eventId()));
    }

    private static ConfigurableApplicationContext start(boolean dispatch) {
        return new SpringApplicationBuilder(TambonDeskApplication.class).run(
                "--server.port=0",
                "--tambondesk.line.dispatch=" + dispatch,
                "--line.bot.channel-secret=" + Webhooks.SECRET,
                "--line.bot.channel-token=" + Webhooks.TOKEN,
                "--line.bot.api-end-point=" + LINE.baseUrl(),
                "--line.bot.blob-end-point=" + LINE.baseUrl());
    }

    private static int deliver(ConfigurableApplicationContext app, Webhooks hook) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        byte[] body = hook.bytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
                .header("Content-Type", "application/json")
                .header("x-line-signature", Webhooks.sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
