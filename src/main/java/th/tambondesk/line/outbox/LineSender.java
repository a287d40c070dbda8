package th.tambondesk.line.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;

import th.tambondesk.line.channel.LineChannelCondition;
import th.tambondesk.line.channel.LineProperties;
import th.tambondesk.line.queue.Backoff;
import th.tambondesk.line.queue.GroupCommit;
import th.tambondesk.line.queue.LineInstance;
import th.tambondesk.line.queue.Wakeup;
import th.tambondesk.line.render.LineJson;

/**
 * Delivers the outbox. A reply while the reply token is fresh (replies are free), otherwise a push carrying the
 * answer's retry key, so a retried push is never delivered twice. LINE's 5xx, 429 and timeouts are retried with
 * backoff; other 4xx are logged with LINE's error and not retried.
 * <p>
 * At most twice {@code maxRequestsPerHost} answers are on their way at once (in a call, or queued for one in the
 * HTTP client); beyond that {@link #send} waits for one to come back, at most {@code apiTimeout}, and then leaves
 * the answer to a later round of {@link #sendDue} (which itself never waits). When LINE is slow or hangs, the LINE
 * workers thus wait and the events wait in the database, instead of answers piling up in memory.
 * <p>
 * Answers left for later (a retry, a push after a refused reply token, a staff notification) are picked up by this
 * sender's own thread, woken at once when one is due now and otherwise every {@code pollInterval}. It shares no
 * thread with the scheduled jobs, so a long statistics refresh or a nightly purge never delays an answer.
 */
@Component
@Conditional(LineChannelCondition.class)
public class LineSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LineSender.class);
    private final MessagingApiClient api;
    private final LineOutbox outbox;
    private final LineFollowers followers;
    private final TransactionTemplate transaction;
    private final LineProperties properties;
    private final Clock clock;
    /** Answers with a call to LINE on its way from this instance. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    /** How many answers may be on their way at once: twice the concurrent calls, so that LINE is kept busy. */
    private final int capacity;
    /** Room for answers on their way: taken by {@link #send}, given back when LINE answered (or nothing was sent). */
    private final Semaphore room;
    private final GroupCommit outcomes;
    private final Wakeup wake = new Wakeup();
    private volatile boolean running;
    private Thread loop;

    LineSender(MessagingApiClient api, LineOutbox outbox, LineFollowers followers, TransactionTemplate transaction,
               LineProperties properties, Clock clock) {
        this.api = api;
        this.outbox = outbox;
        this.followers = followers;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
        this.capacity = 2 * properties.maxRequestsPerHost();
        this.room = new Semaphore(capacity);
        // Nobody waits for an outcome to be stored (the answer is on its way already), so the outcomes of 50 ms
        // share one commit: at 100 answers a second, one commit instead of five.
        this.outcomes = new GroupCommit("line-send-outcomes", transaction, 256, 10_000, Duration.ofMillis(50));
    }

    /** Tells the sender that an answer may be due now (a notification was queued, a push is to follow a reply). */
    public void wakeUp() {
        wake.signal();
    }

    @Override
    public void start() {
        running = true;
        loop = new Thread(this::run, "line-sender");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (loop != null) {
            try {
                loop.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Wakeup.LOOP_PHASE;
    }

    private void run() {
        while (running) {
            try {
                sendDue();
            } catch (RuntimeException e) {
                log.warn("Could not pick up due LINE answers (will try again): {}", e.toString());
            }
            try {
                wake.awaitAndClear(properties.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Picks up answers waiting for a retry, queued without a sender (notifications), or left by a stopped instance. */
    void sendDue() {
        // Claims no more than there is room for, and never waits for room, so that a round is quick. An answer that
        // finds no room after all (a worker took it meanwhile) keeps its lease and is sent by a round after that.
        int limit = Math.min(100, room.availablePermits());
        if (limit == 0) {
            return;
        }
        Instant now = clock.instant();
        List<LineOutbox.Pending> due = transaction.execute(status ->
                outbox.claimDue(LineInstance.ID, limit, now, now.plus(properties.sendLease())));
        if (due != null) {
            due.forEach(answer -> send(answer, null, Duration.ZERO));
        }
    }

    /**
     * Sends an answer this instance holds (has just written, or claimed); {@code messages} are its messages when
     * the caller has them at hand, or null to read them from the row. Waits while too many answers are on their
     * way already, at most {@code apiTimeout}; after that the answer is left to a later round, once its lease ends.
     */
    public void send(LineOutbox.Pending answer, @Nullable List<Message> messages) {
        send(answer, messages, properties.apiTimeout());
    }

    private void send(LineOutbox.Pending answer, @Nullable List<Message> messages, Duration waitForRoom) {
        // On its way from here, while it waits for room too: the sender's round must not send it a second time.
        if (!inFlight.add(answer.id())) {
            // A call for it is still on its way (queued behind others for longer than the send lease): the claim
            // has just renewed the lease, and a second call could deliver it twice.
            return;
        }
        boolean roomTaken = false;
        boolean calling = false;
        try {
            roomTaken = room.tryAcquire(waitForRoom.toNanos(), TimeUnit.NANOSECONDS);
            if (roomTaken) {
                calling = call(answer, messages);
            } else if (!waitForRoom.isZero()) {
                log.warn("No room among the {} answers on their way to LINE within {}; answer {} is sent by a later "
                        + "round", capacity, waitForRoom, answer.id());
            }
        } catch (InterruptedException e) {
            // Shutting down: the answer is in the outbox, and a later round (here or elsewhere) sends it once its
            // lease runs out.
            Thread.currentThread().interrupt();
        } finally {
            // Once a call has started, its outcome (done) gives both back.
            if (!calling) {
                inFlight.remove(answer.id());
                if (roomTaken) {
                    room.release();
                }
            }
        }
    }

    /** Returns whether a call to LINE was started; its outcome is then recorded by {@link #done}. */
    private boolean call(LineOutbox.Pending answer, @Nullable List<Message> given) {
        Instant now = clock.instant();
        List<Message> messages;
        try {
            messages = given != null ? given : LineJson.messages(answer.messages());
        } catch (JsonProcessingException e) {
            log.error("Outbox answer {} is unreadable and is dropped: {}", answer.id(), e.getOriginalMessage());
            outbox.markGivenUp(answer.id(), "FAILED", now, "unreadable: " + e.getOriginalMessage());
            return false;
        }
        if (answer.replyToken() != null && answer.replyTokenExpiresAt() != null
                && now.isBefore(answer.replyTokenExpiresAt())) {
            try {
                api.replyMessage(new ReplyMessageRequest(answer.replyToken(), messages, false))
                        .whenComplete((result, error) -> done(answer, true, error));
            } catch (RuntimeException e) {
                done(answer, true, e);
            }
            return true;
        }
        if (!followers.reachable(answer.recipient())) {
            outbox.markGivenUp(answer.id(), "DROPPED", now, "the resident has blocked the account");
            return false;
        }
        if (now.isAfter(answer.createdAt().plus(properties.retryKeyWindow()))) {
            // Never the recipient: an answer may be the integrity channel's, whose reader must stay unknown.
            log.error("Answer {} could not be delivered within {} and is given up", answer.id(),
                    properties.retryKeyWindow());
            outbox.markGivenUp(answer.id(), "FAILED", now, "not delivered within the retry key window");
            return false;
        }
        try {
            api.pushMessage(answer.retryKey(), new PushMessageRequest(answer.recipient(), messages, false, null))
                    .whenComplete((result, error) -> done(answer, false, error));
        } catch (RuntimeException e) {
            done(answer, false, e);
        }
        return true;
    }

    /**
     * Records the outcome; outcomes arriving together share one commit. The answer stays "on its way" until its
     * outcome is stored; if that fails, its lease runs out and it is tried again (a used reply token then tells).
     */
    private void done(LineOutbox.Pending answer, boolean reply, Throwable error) {
        room.release();
        AtomicBoolean dueNow = new AtomicBoolean();
        outcomes.submit(() -> {
            dueNow.set(record(answer, reply, error));
            // No longer "on its way" from here, before the commit: until then the row is locked and still leased to
            // this instance, so nobody can claim it. Removed only after the commit, a claim in between (an answer
            // to push at once, say) found it still on its way, skipped it and left it leased for the send lease.
            inFlight.remove(answer.id());
            return null;
        }).whenComplete((ignored, failure) -> {
            if (failure == null && dueNow.get()) {
                wakeUp();
            }
            if (failure != null) {
                inFlight.remove(answer.id());
                log.warn("Could not record the outcome of answer {}; it is tried again when its lease ends: {}",
                        answer.id(), failure.toString());
            }
        });
    }

    @PreDestroy
    void close() {
        outcomes.close();
    }

    /**
     * Writes what LINE said; runs inside the batch transaction of {@link #done}, so a failure fails the batch. Returns
     * whether the answer is to be sent again at once (a push after a refused reply token).
     */
    private boolean record(LineOutbox.Pending answer, boolean reply, Throwable error) {
        String via = reply ? "REPLY" : "PUSH";
        Instant now = clock.instant();
        if (error == null) {
            outbox.markSent(answer.id(), via, now);
            return false;
        }
        Throwable cause = unwrap(error);
        int code = cause instanceof AbstractLineClientException api ? api.getCode() : -1;
        String lineError = cause instanceof MessagingApiClientException api ? api.getError() : null;
        if (reply && code == 400 && lineError != null && lineError.toLowerCase().contains("reply token")) {
            if (answer.replyUnsure()) {
                // Our token is still fresh, so only our own earlier attempt can have used it: that one was
                // delivered, and pushing now would send the answer twice.
                log.info("Answer {} was delivered by an earlier reply whose outcome was lost", answer.id());
                outbox.markSent(answer.id(), via, now);
                return false;
            }
            // Expired or already used: deliver by push instead, at once.
            outbox.retryLater(answer.id(), now, true, false, via + " " + code + " " + lineError);
            return true;
        } else if (!reply && code == 409) {
            // LINE already accepted a push with this retry key.
            outbox.markSent(answer.id(), via, now);
        } else if (code == -1 || code == 429 || code >= 500) {
            Instant next = now.plus(Backoff.delay(answer.attempts() + 1));
            log.warn("LINE {} of answer {} failed ({}), trying again at {}", via.toLowerCase(), answer.id(),
                    describe(cause, code, lineError), next);
            // No answer at all (a timeout, a broken connection): the reply may still have reached LINE.
            outbox.retryLater(answer.id(), next, false, reply && code == -1,
                    via + " " + describe(cause, code, lineError));
        } else {
            String details = cause instanceof MessagingApiClientException api ? String.valueOf(api.getDetails()) : "";
            log.error("LINE refused {} of answer {}: {} {} {}", via.toLowerCase(), answer.id(), code, lineError,
                    details);
            outbox.markGivenUp(answer.id(), "FAILED", now, via + " " + code + " " + lineError + " " + details);
        }
        return false;
    }

    private static String describe(Throwable cause, int code, @Nullable String lineError) {
        return code == -1 ? cause.toString() : code + " " + lineError;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
