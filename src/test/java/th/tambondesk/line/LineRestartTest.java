package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
        assertThat(LINE.sends()).isEmpty();

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
