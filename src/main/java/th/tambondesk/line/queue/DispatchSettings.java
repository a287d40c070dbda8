package th.tambondesk.line.queue;

import java.time.Duration;

/**
 * How the dispatcher takes stored events; the LINE adapter fills it from its own settings.
 *
 * @param workers     threads that handle events
 * @param claimBatch  events claimed from the database at once
 * @param handleBatch most events of different users one worker handles in one transaction
 * @param claimGap    under load, the least time from one claim to the next (0 turns it off)
 * @param pollInterval how often stored events are looked for when nothing wakes the dispatcher
 * @param lease       how long a claimed event belongs to this instance before another may take it
 * @param maxAttempts attempts to handle one event before it is set aside as failed
 * @param autoStart   whether the dispatcher starts with the application
 */
public record DispatchSettings(int workers, int claimBatch, int handleBatch, Duration claimGap, Duration pollInterval,
                               Duration lease, int maxAttempts, boolean autoStart) {
}
