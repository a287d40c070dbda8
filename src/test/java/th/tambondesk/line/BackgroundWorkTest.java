package th.tambondesk.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseHandling;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;
import th.tambondesk.cases.StaffViewer;
import th.tambondesk.conversation.ResidentNotification;

/**
 * The background work of one server: sending never waits for a scheduled job, and a module event whose listener
 * failed is handed to it again until it completes, after which nothing of it stays in the database.
 */
@TestPropertySource(properties = {"tambondesk.events.resubmit-after=1s", "tambondesk.events.resubmit-interval=500ms"})
@Import(BackgroundWorkTest.FailOnce.class)
class BackgroundWorkTest extends LineFlowSupport {

    @Autowired
    ThreadPoolTaskScheduler jobs;

    @Autowired
    Cases cases;

    @Autowired
    CaseHandling handling;

    @Autowired
    FailOnce failOnce;

    @Test
    void anAnswerWhoseReplyTokenIsRefusedIsPushedAtOnceWhileEveryJobThreadIsHeld() throws Exception {
        // Every scheduled-job thread is held for 30 s, as a long statistics refresh or purge would hold one.
        int threads = jobs.getPoolSize();
        CountDownLatch busy = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < threads; i++) {
            jobs.schedule(() -> {
                busy.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, Instant.now());
        }
        try {
            assertThat(busy.await(10, TimeUnit.SECONDS)).as("all %d job threads held", threads).isTrue();
            LINE.server.stubFor(post(urlEqualTo(LineStub.REPLY)).willReturn(aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Invalid reply token\"}")));
            Webhooks hook = Webhooks.text(Webhooks.newUserId(), "สวัสดีครับ");

            deliver(hook).andExpect(status().isOk());

            await().atMost(Duration.ofSeconds(10)).until(() -> !LINE.sendsTo(hook.replyToken()).isEmpty());
            long refused = System.nanoTime();
            await().atMost(Duration.ofSeconds(2)).until(() -> !LINE.pushes().stream()
                    .filter(p -> p.getBodyAsString().contains(hook.userId())).toList().isEmpty());
            assertThat(Duration.ofNanos(System.nanoTime() - refused)).isLessThan(Duration.ofSeconds(2));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aNotificationWhoseListenerFailedOnceReachesTheResidentOnceAndLeavesNoTrace() {
        String userId = Webhooks.newUserId();
        String text = "ช่างจะเข้าไปซ่อมไฟวันพรุ่งนี้ " + UUID.randomUUID();
        CaseView opened = cases.open(new OpenCase(UUID.randomUUID().toString(), "street-light", CaseChannel.LINE,
                new Requester(CaseChannel.LINE, userId, "p"), null, "0812345678",
                List.of(new OpenCase.Detail("รายละเอียด", "ไฟดับหน้าวัด")), null, List.of()));
        long id = jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class,
                opened.trackingCode());
        failOnce.residents.add(userId);

        handling.reply(id, text, new StaffViewer("admin", "ผู้ดูแลระบบ", true, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> pushesWith(text).size() == 1);
        assertThat(failOnce.failures.get()).as("the first attempt failed").isPositive();
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?", Integer.class,
                "%" + text + "%") == 0);
        // Redelivery runs every 500 ms here: a second push would come within these two seconds.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> pushesWith(text).size() == 1);
        assertThat(jdbc.queryForObject("select count(*) from line_outbox where recipient = ?", Integer.class,
                userId)).isEqualTo(1);
    }

    private List<LoggedRequest> pushesWith(String text) {
        return LINE.pushes().stream().filter(p -> p.getBodyAsString().contains(text)).toList();
    }

    /** A listener of notifications that fails the first time for the residents a test names. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailOnce {

        final Set<String> residents = ConcurrentHashMap.newKeySet();
        final AtomicInteger failures = new AtomicInteger();

        @EventListener
        void on(ResidentNotification notification) {
            if (residents.remove(notification.resident().key())) {
                failures.incrementAndGet();
                throw new IllegalStateException("a listener failing once, as a test asks");
            }
        }
    }
}
