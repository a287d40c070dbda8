package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A full application whose LINE API is {@link LineEmulator}, for the fault tests: residents write, LINE or the
 * database misbehave, and every resident must get exactly one answer in the end.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
abstract class EmulatedLineSupport {

    /** One emulator for the whole run; each test class has its own application in front of it. */
    static final LineEmulator LINE = new LineEmulator();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Reply token to the user whose event carried it. */
    final Map<String, String> tokenOwners = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void line(DynamicPropertyRegistry registry) {
        Webhooks.channel(registry, LINE::baseUrl);
    }

    @BeforeEach
    void resetLine() {
        LINE.reset();
    }

    /** {@code count} new residents each send one text; each webhook is acknowledged. */
    List<String> residentsWrite(int count) throws Exception {
        List<String> users = IntStream.range(0, count).mapToObj(i -> Webhooks.newUserId()).toList();
        for (String user : users) {
            deliver(Webhooks.text(user, "สวัสดีครับ")).andExpect(status().isOk());
        }
        return users;
    }

    ResultActions deliver(Webhooks hook) throws Exception {
        tokenOwners.put(hook.replyToken(), hook.userId());
        return mvc.perform(hook.request());
    }

    /** Waits until every user's answer is sent, then checks that LINE took exactly one for each. */
    void assertEachAnsweredOnce(List<String> users) throws InterruptedException {
        await().atMost(Duration.ofSeconds(40)).until(() -> users.stream().allMatch(u -> outbox(u, "SENT") == 1));
        // Time for a stray second delivery to show.
        Thread.sleep(3_000);
        Map<String, Long> perUser = LINE.deliveriesPerUser(tokenOwners::get);
        for (String user : users) {
            assertThat(perUser.get(user)).as("deliveries to " + user).isEqualTo(1L);
            assertThat(outbox(user, "SENT")).isEqualTo(1);
        }
    }

    int outbox(String user, String status) {
        return jdbc.queryForObject("select count(*) from line_outbox where recipient = ? and status = ?",
                Integer.class, user, status);
    }
}
