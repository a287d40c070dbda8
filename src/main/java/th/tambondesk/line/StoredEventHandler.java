package th.tambondesk.line;

/** Handles one claimed event. Must mark it done in the same transaction as its effects. */
interface StoredEventHandler {

    void handle(LineEventStore.StoredEvent event, String owner);

    /** Another instance took the event over after this one's lease ran out: its effects must be rolled back. */
    final class LeaseLostException extends RuntimeException {
        LeaseLostException() {
            super("lease lost", null, false, false);
        }
    }
}
