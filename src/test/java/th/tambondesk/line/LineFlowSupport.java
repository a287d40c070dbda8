package th.tambondesk.line;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
        registry.add("line.bot.channel-secret", () -> Webhooks.SECRET);
        registry.add("line.bot.channel-token", () -> Webhooks.TOKEN);
        registry.add("line.bot.api-end-point", LINE::baseUrl);
        registry.add("line.bot.blob-end-point", LINE::baseUrl);
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
        byte[] body = hook.bytes();
        return mvc.perform(post("/callback")
                .header("x-line-signature", Webhooks.sign(body))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
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
}
