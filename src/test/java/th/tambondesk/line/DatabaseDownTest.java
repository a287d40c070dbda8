package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import th.tambondesk.BreakableDatabase;

/**
 * The database unreachable: the webhook answers 503 so that LINE delivers again, the web chat says so in Thai and
 * gives back what was typed, health reports DOWN, and nothing accepted before the outage is lost or sent twice.
 */
@Import(BreakableDatabase.class)
class DatabaseDownTest extends EmulatedLineSupport {

    @BeforeEach
    @AfterEach
    void databaseUp() {
        BreakableDatabase.down(false);
    }

    @Test
    void theWebhookAnswers503WhileTheDatabaseIsDownAndLinesRedeliveryIsAnsweredOnce() throws Exception {
        String user = Webhooks.newUserId();
        Webhooks hook = Webhooks.text(user, "สวัสดีค่ะ");

        BreakableDatabase.down(true);
        deliver(hook).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());
        BreakableDatabase.down(false);

        assertThat(jdbc.queryForObject("select count(*) from line_event where webhook_event_id = ?", Integer.class,
                hook.eventId())).isZero();
        deliver(hook.redelivered()).andExpect(status().isOk());
        assertEachAnsweredOnce(List.of(user));
    }

    @Test
    void answersWaitingWhenTheDatabaseGoesDownAreDeliveredOnceWhenItIsBack() throws Exception {
        LINE.mode(LineEmulator.Mode.FAIL);
        List<String> users = residentsWrite(3);
        await().atMost(Duration.ofSeconds(10)).until(() -> users.stream().allMatch(u -> outbox(u, "PENDING") == 1));

        BreakableDatabase.down(true);
        LINE.mode(LineEmulator.Mode.NORMAL);
        Thread.sleep(3_000);
        BreakableDatabase.down(false);

        assertEachAnsweredOnce(users);
    }

    @Test
    void theWebChatSaysTheSystemIsDownAndGivesBackWhatWasTyped() throws Exception {
        BreakableDatabase.down(true);
        String page = mvc.perform(post("/chat/text").with(csrf()).param("text", "ไฟถนนดับหน้าบ้าน <b>หมู่ 3</b>"))
                .andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        BreakableDatabase.down(false);

        assertThat(page).contains("ระบบขัดข้องชั่วคราว", "ส่งอีกครั้ง", "ไฟถนนดับหน้าบ้าน &lt;b&gt;หมู่ 3&lt;/b&gt;")
                .doesNotContain("<b>หมู่ 3</b>").doesNotContain("Exception").doesNotContain("at th.tambondesk");
    }
}
