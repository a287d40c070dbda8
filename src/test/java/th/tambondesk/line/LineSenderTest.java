package th.tambondesk.line;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;

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
