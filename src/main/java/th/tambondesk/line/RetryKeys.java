package th.tambondesk.line;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Retry keys for pushes, derived from what caused the push, so that a retry after a crash or a timeout carries the
 * same key and LINE delivers the message only once.
 */
final class RetryKeys {

    private RetryKeys() {
    }

    static UUID forEvent(String webhookEventId) {
        return UUID.nameUUIDFromBytes(("tambondesk:line-event:" + webhookEventId).getBytes(StandardCharsets.UTF_8));
    }

    static UUID forNotification(String notificationId) {
        return UUID.nameUUIDFromBytes(("tambondesk:notification:" + notificationId).getBytes(StandardCharsets.UTF_8));
    }
}
