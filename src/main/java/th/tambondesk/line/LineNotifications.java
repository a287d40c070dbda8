package th.tambondesk.line;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.tambondesk.conversation.Channel;
import th.tambondesk.conversation.ResidentNotification;
import th.tambondesk.line.outbox.LineOutbox;
import th.tambondesk.line.outbox.LineSender;
import th.tambondesk.line.outbox.RetryKeys;
import th.tambondesk.line.render.LineRenderer;

/**
 * Queues notifications for LINE residents as pushes, in the transaction that produced them. The retry key comes
 * from the notification's id, so neither a retried push nor a re-run of the notification reaches the resident twice
 * (the outbox's retry keys are unique). The sender is woken once the transaction commits, so the push leaves at once.
 */
@Component
class LineNotifications {

    private final LineRenderer renderer;
    private final LineOutbox outbox;
    private final Clock clock;
    /** Absent while the LINE channel is off: the push then waits in the outbox until it is on. */
    private final ObjectProvider<LineSender> sender;

    LineNotifications(LineRenderer renderer, LineOutbox outbox, Clock clock, ObjectProvider<LineSender> sender) {
        this.renderer = renderer;
        this.outbox = outbox;
        this.clock = clock;
        this.sender = sender;
    }

    @EventListener
    void on(ResidentNotification notification) {
        if (notification.resident().channel() != Channel.LINE || notification.replies().isEmpty()) {
            return;
        }
        UUID retryKey = RetryKeys.forNotification(notification.id());
        if (outbox.hasRetryKey(retryKey)) {
            return;
        }
        String messages = renderer.render(notification.replies()).json();
        Instant now = clock.instant();
        outbox.enqueue(new LineOutbox.NewAnswer(notification.resident().key(), null, null, retryKey, messages, null,
                false), null, now, null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.ifAvailable(LineSender::wakeUp);
                }
            });
        } else {
            sender.ifAvailable(LineSender::wakeUp);
        }
    }
}
