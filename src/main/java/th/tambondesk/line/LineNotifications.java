package th.tambondesk.line;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.tambondesk.conversation.Channel;
import th.tambondesk.conversation.ResidentNotification;

/**
 * Queues notifications for LINE residents as pushes, in the transaction that produced them. The retry key comes
 * from the notification's id, so neither a retried push nor a re-run of the notification reaches the resident twice.
 */
@Component
class LineNotifications {

    private final LineRenderer renderer;
    private final LineOutbox outbox;
    private final Clock clock;

    LineNotifications(LineRenderer renderer, LineOutbox outbox, Clock clock) {
        this.renderer = renderer;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(ResidentNotification notification) {
        if (notification.resident().channel() != Channel.LINE || notification.replies().isEmpty()) {
            return;
        }
        java.util.UUID retryKey = RetryKeys.forNotification(notification.id());
        if (outbox.hasRetryKey(retryKey)) {
            return;
        }
        String messages = renderer.render(notification.replies()).json();
        Instant now = clock.instant();
        outbox.enqueue(new LineOutbox.NewAnswer(notification.resident().key(), null, null, retryKey, messages, null,
                false), null, now, null);
    }
}
