package th.tambondesk.line.queue;

import java.util.List;

/** Handles claimed events. Each event's effects and its done mark commit together. */
public interface StoredEventHandler {

    void handle(LineEventStore.StoredEvent event, String owner);

    /**
     * Handles events of different users; an implementation may let them share one transaction. Each event that could
     * not be handled is reported to {@code failures}, the others are done.
     */
    default void handleAll(List<LineEventStore.StoredEvent> events, String owner, Failures failures) {
        for (LineEventStore.StoredEvent event : events) {
            try {
                handle(event, owner);
            } catch (RuntimeException e) {
                failures.failed(event, e);
            }
        }
    }

    /**
     * Whether the event belongs to the integrity channel (its sender is in the middle of a report, or it carries a
     * receipt code), so that, set aside, it must not keep what it said. Asked only when handling it failed.
     */
    default boolean confidential(LineEventStore.StoredEvent event) {
        return false;
    }

    @FunctionalInterface
    interface Failures {
        void failed(LineEventStore.StoredEvent event, RuntimeException error);
    }

    /** Another instance took the event over after this one's lease ran out: its effects must be rolled back. */
    public final class LeaseLostException extends RuntimeException {
        public LeaseLostException() {
            super("lease lost", null, false, false);
        }
    }
}
