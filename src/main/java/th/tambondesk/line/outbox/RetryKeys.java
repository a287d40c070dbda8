package th.tambondesk.line.outbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Retry keys for pushes, derived from what caused the push, so that a retry after a crash or a timeout carries the
 * same key and LINE delivers the message only once.
 */
public final class RetryKeys {

    private RetryKeys() {
    }

    public static UUID forEvent(String webhookEventId) {
        return UUID.nameUUIDFromBytes(("tambondesk:line-event:" + webhookEventId).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID forNotification(String notificationId) {
        return UUID.nameUUIDFromBytes(("tambondesk:notification:" + notificationId).getBytes(StandardCharsets.UTF_8));
    }
}
