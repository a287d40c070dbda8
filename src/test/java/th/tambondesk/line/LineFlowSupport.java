package th.tambondesk.line;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A full application with the LINE channel on and LINE's API played by {@link LineStub}. Each test class gets its
 * own context, closed after the class, so no two dispatchers ever share the test database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
abstract class LineFlowSupport {

    static final LineStub LINE = new LineStub();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void line(DynamicPropertyRegistry registry) {
        Webhooks.channel(registry, LINE::baseUrl);
    }

    @AfterEach
    void everySendWasValid() {
        try {
            LINE.assertAllSendsValid();
        } finally {
            LINE.reset();
        }
    }

    ResultActions deliver(Webhooks hook) throws Exception {
        return mvc.perform(hook.request());
    }

    /** Waits until {@code count} messages went to the user (by reply token or by user id) and returns them. */
    List<LoggedRequest> awaitSends(Webhooks hook, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sendsFor(hook).size() >= count);
        return sendsFor(hook);
    }

    List<LoggedRequest> sendsFor(Webhooks hook) {
        List<LoggedRequest> byToken = hook.replyToken().isEmpty() ? List.of() : LINE.sendsTo(hook.replyToken());
        List<LoggedRequest> byUser = LINE.sendsTo(hook.userId());
        return java.util.stream.Stream.concat(byToken.stream(), byUser.stream()).distinct().toList();
    }

    String eventStatus(Webhooks hook) {
        return jdbc.queryForObject("select status from line_event where webhook_event_id = ?", String.class,
                hook.eventId());
    }

    void awaitEventDone(Webhooks hook) {
        await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(eventStatus(hook)));
    }

    int outboxCount(String status, String recipient) {
        return jdbc.queryForObject("select count(*) from line_outbox where status = ? and recipient = ?",
                Integer.class, status, recipient);
    }

    /** A resident's conversation: each step waits for the answer to the one before. */
    class Resident {
        final String userId = Webhooks.newUserId();
        int actions;
        LoggedRequest lastAnswer;

        LoggedRequest send(Webhooks hook) throws Exception {
            actions++;
            hook.user(userId);
            deliver(hook).andExpect(status().isOk());
            lastAnswer = awaitSends(hook, 1).get(0);
            return lastAnswer;
        }

        LoggedRequest say(String text) throws Exception {
            return send(Webhooks.text(userId, text));
        }

        LoggedRequest tap(String label) throws Exception {
            return send(Webhooks.sample("postback-datetime.json").postback(LineStub.postbackData(lastAnswer, label))
                    .event(e -> ((ObjectNode) e.get("postback")).remove("params")));
        }

        /** The sample's location moved to a spot of its own, so no other test's open report is near. */
        LoggedRequest shareLocation() throws Exception {
            double latitude = 13.0 + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000) * 0.0001;
            return send(Webhooks.sample("location.json").event(e -> ((ObjectNode) e.get("message"))
                    .put("latitude", latitude)));
        }

        LoggedRequest sendPhoto(String contentType, byte[] bytes) throws Exception {
            Webhooks image = Webhooks.sample("image-set-1of2.json");
            String messageId = image.firstEvent().get("message").get("id").asText();
            LINE.stubContent(messageId, contentType, bytes);
            return send(image);
        }

        String said() {
            return lastAnswer.getBodyAsString();
        }
    }
}
