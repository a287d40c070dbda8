package th.tambondesk.line.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageResponse;
import com.linecorp.bot.messaging.model.TextMessage;

import th.tambondesk.line.channel.TestLineProperties;

import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The moment an outcome is committed, the answer must no longer count as "on its way": a claim right after the
 * commit (the sender's round, every second) would otherwise skip it and leave it leased for the whole send lease.
 * That happened in CI: a reply refused for its token, to be pushed at once, was pushed only 25 s later.
 */
class LineSenderTest {

    private final MessagingApiClient api = mock(MessagingApiClient.class);
    private final LineOutbox outbox = mock(LineOutbox.class);
    private final LineFollowers followers = mock(LineFollowers.class);
    /** Runs once, at the first commit of an outcome: what another thread might do at that moment. */
    private final AtomicReference<Runnable> atCommit = new AtomicReference<>();
    private LineSender sender;

    @AfterEach
    void close() {
        if (sender != null) {
            sender.close();
        }
    }

    @Test
    void anAnswerToPushAtOnceCanBeClaimedAsSoonAsItsOutcomeIsCommitted() {
        sender = new LineSender(api, outbox, followers, new TransactionTemplate(new CommitHook()),
                TestLineProperties.with("workers", "1"), Clock.systemUTC());
        when(followers.reachable(any())).thenReturn(true);
        when(api.replyMessage(any())).thenReturn(CompletableFuture.failedFuture(invalidReplyToken()));
        when(api.pushMessage(any(), any())).thenReturn(new CompletableFuture<>());
        Instant now = Instant.now();
        UUID retryKey = UUID.randomUUID();
        LineOutbox.Pending written = new LineOutbox.Pending(7, "U1", "token", now.plusSeconds(50), retryKey,
                "[{\"type\":\"text\",\"text\":\"สวัสดีค่ะ\"}]", 0, now, false);
        // The outcome (push at once) is committed; the sender's next round claims the row, now without its token.
        LineOutbox.Pending claimed = new LineOutbox.Pending(7, "U1", null, null, retryKey, written.messages(), 1, now,
                false);
        atCommit.set(() -> sender.send(claimed, null));

        sender.send(written, List.<Message>of(new TextMessage("สวัสดีค่ะ")));

        verify(outbox, timeout(5_000)).retryLater(eq(7L), any(), eq(true), anyBoolean(), any());
        verify(api, timeout(5_000)).pushMessage(eq(retryKey), any());
    }

    /**
     * A LINE API that does not answer must not let answers pile up in memory: past twice the concurrent calls, the
     * sender (a LINE worker) waits until LINE answers one, and the sender's round claims nothing meanwhile.
     */
    @Test
    void waitsForLineOnceTwiceTheConcurrentCallsAreOnTheirWay() throws Exception {
        sender = new LineSender(api, outbox, followers, new TransactionTemplate(new CommitHook()),
                TestLineProperties.with("max-requests-per-host", "1"), Clock.systemUTC());
        List<CompletableFuture<Result<ReplyMessageResponse>>> calls = lineThatDoesNotAnswer();
        sender.send(reply(1), null);
        sender.send(reply(2), null);
        assertThat(calls).hasSize(2);

        CountDownLatch third = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            sender.send(reply(3), null);
            third.countDown();
        });
        worker.start();
        assertThat(third.await(300, TimeUnit.MILLISECONDS)).as("the third waits for LINE").isFalse();
        sender.sendDue();
        verify(outbox, never()).claimDue(any(), anyInt(), any(), any());
        assertThat(calls).hasSize(2);

        calls.get(0).complete(new Result<>("request-1", null, new ReplyMessageResponse(List.of())));
        assertThat(third.await(5, TimeUnit.SECONDS)).as("sent once LINE answered the first").isTrue();
        worker.join(5_000);
        assertThat(calls).hasSize(3);
        verify(outbox, timeout(5_000)).markSent(eq(1L), eq("REPLY"), any());
    }

    /**
     * A worker waits for room at most one API timeout; the answer then stays in the outbox, leased, and a later
     * round of the sender (which never waits) sends it once there is room.
     */
    @Test
    void leavesTheAnswerToALaterRoundWhenLineTakesLongerThanTheApiTimeout() throws Exception {
        sender = new LineSender(api, outbox, followers, new TransactionTemplate(new CommitHook()),
                TestLineProperties.with("max-requests-per-host", "1", "api-timeout", "200ms"), Clock.systemUTC());
        List<CompletableFuture<Result<ReplyMessageResponse>>> calls = lineThatDoesNotAnswer();
        sender.send(reply(1), null);
        sender.send(reply(2), null);

        long started = System.nanoTime();
        sender.send(reply(3), null);
        assertThat(System.nanoTime() - started).as("waited for room").isGreaterThanOrEqualTo(150_000_000L);
        assertThat(calls).as("the third was not sent").hasSize(2);
        verify(outbox, never()).retryLater(eq(3L), any(), anyBoolean(), anyBoolean(), any());

        calls.get(0).complete(new Result<>("request-1", null, new ReplyMessageResponse(List.of())));
        when(outbox.claimDue(any(), eq(1), any(), any())).thenReturn(List.of(reply(3)));
        verify(outbox, timeout(5_000)).markSent(eq(1L), eq("REPLY"), any());
        sender.sendDue();
        assertThat(calls).as("sent by the round").hasSize(3);
    }

    /** An answer whose call is still on its way is not sent again, and takes no room for it. */
    @Test
    void anAnswerAlreadyOnItsWayTakesNoMoreRoom() {
        sender = new LineSender(api, outbox, followers, new TransactionTemplate(new CommitHook()),
                TestLineProperties.with("max-requests-per-host", "1", "api-timeout", "200ms"), Clock.systemUTC());
        List<CompletableFuture<Result<ReplyMessageResponse>>> calls = lineThatDoesNotAnswer();
        sender.send(reply(1), null);
        sender.send(reply(1), null);
        assertThat(calls).as("not twice").hasSize(1);

        sender.send(reply(2), null);
        assertThat(calls).as("room for the second answer").hasSize(2);
    }

    /** LINE's reply API taking every call and answering none; the calls, to be answered by the test. */
    private List<CompletableFuture<Result<ReplyMessageResponse>>> lineThatDoesNotAnswer() {
        List<CompletableFuture<Result<ReplyMessageResponse>>> calls = new CopyOnWriteArrayList<>();
        when(api.replyMessage(any())).thenAnswer(invocation -> {
            CompletableFuture<Result<ReplyMessageResponse>> call = new CompletableFuture<>();
            calls.add(call);
            return call;
        });
        return calls;
    }

    private static LineOutbox.Pending reply(long id) {
        Instant now = Instant.now();
        return new LineOutbox.Pending(id, "U1", "token" + id, now.plusSeconds(50), UUID.randomUUID(),
                "[{\"type\":\"text\",\"text\":\"สวัสดีค่ะ\"}]", 0, now, false);
    }

    private static MessagingApiClientException invalidReplyToken() {
        Response response = new Response.Builder()
                .request(new Request.Builder().url("https://api.line.me/v2/bot/message/reply").build())
                .protocol(Protocol.HTTP_1_1).code(400).message("Bad Request").build();
        return new MessagingApiClientException(response, "Invalid reply token", List.of(), List.of());
    }

    /** A transaction manager without a database that runs {@link #atCommit} once, as the outcome commits. */
    private final class CommitHook implements PlatformTransactionManager {

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            Runnable hook = atCommit.getAndSet(null);
            if (hook != null) {
                hook.run();
            }
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }
}
