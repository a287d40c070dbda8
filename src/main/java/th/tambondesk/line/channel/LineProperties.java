package th.tambondesk.line.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import th.tambondesk.line.queue.DispatchSettings;

/**
 * Tuning of the LINE adapter ({@code tambondesk.line.*}). The channel's secrets are the SDK's own
 * {@code line.bot.*} properties.
 *
 * @param maxWebhookBody      larger webhook bodies are refused with 413
 * @param workers             threads that run the conversation for stored events; few, because under load each
 *                            takes many events at once, and fewer busy threads leave the webhook its share of CPU
 *                            (and, at low priority, fewer threads the JVM waits for before each GC pause); two, so
 *                            that a photo slow to come from LINE holds up only half of them. The postgres profile
 *                            sets four: there a worker spends much of its time waiting for the database
 * @param claimBatch          events claimed from the database at once
 * @param handleBatch         most events of different users one worker handles in one transaction
 * @param claimGap            under load, the least time from one claim to the next: the events of that time are
 *                            claimed, handled and committed together instead of one by one (0 turns it off); after
 *                            a quiet spell an event is claimed at once
 * @param pollInterval        how often stored events and due answers are looked for when nothing wakes the workers
 * @param lease               how long a claimed event belongs to this instance before another may take it
 * @param sendLease           how long an answer being sent belongs to this instance; longer than one call to LINE
 *                            ({@code apiTimeout}) and short enough that a reply cut off by a crash is asked about
 *                            again while its reply token still works
 * @param maxAttempts         attempts to process one event before it is set aside as failed
 * @param replyTokenTtl       how long after receipt a reply token is used; after that the answer is pushed
 * @param retryKeyWindow      how long a push is retried with the same retry key (LINE honours a key for 24 h)
 * @param maxRequestsPerHost  concurrent requests to the LINE API; twice as many answers may be on their way (the rest
 *                            queued in the HTTP client) before the LINE workers wait for LINE
 * @param apiTimeout          connect, read and write timeout of calls to the LINE API
 * @param maxImage            photos larger than this are refused
 * @param eventRetention      processed raw events are deleted after this time
 * @param dispatch            whether this instance handles stored events (off only in tests and tools)
 */
@ConfigurationProperties("tambondesk.line")
public record LineProperties(
        @DefaultValue("1MB") DataSize maxWebhookBody,
        @DefaultValue("2") int workers,
        @DefaultValue("64") int claimBatch,
        @DefaultValue("16") int handleBatch,
        @DefaultValue("10ms") Duration claimGap,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("25s") Duration sendLease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("50s") Duration replyTokenTtl,
        @DefaultValue("23h") Duration retryKeyWindow,
        @DefaultValue("64") int maxRequestsPerHost,
        @DefaultValue("10s") Duration apiTimeout,
        @DefaultValue("10MB") DataSize maxImage,
        @DefaultValue("30d") Duration eventRetention,
        @DefaultValue("true") boolean dispatch) {

    /** The dispatcher's part of these settings. */
    public DispatchSettings dispatchSettings() {
        return new DispatchSettings(workers, claimBatch, handleBatch, claimGap, pollInterval, lease, maxAttempts,
                dispatch);
    }
}
