package th.tambondesk.line;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.webhook.model.Event;

import th.tambondesk.conversation.Dialogue;
import th.tambondesk.conversation.Answer;

/**
 * Handles one stored event: asks the conversation what to answer and, in the same transaction, marks the event
 * done and writes the answer to the outbox. A crash before the commit leaves the event to be handled again; after
 * it, nothing is done twice.
 */
@Component
@Conditional(LineChannelCondition.class)
class LineEventHandler implements StoredEventHandler {

    private final LineInboundTranslator translator;
    private final Dialogue dialogue;
    private final LineRenderer renderer;
    private final LineEventStore events;
    private final LineOutbox outbox;
    private final LineSender sender;
    private final LineFollowers followers;
    private final TransactionTemplate transaction;
    private final LineProperties properties;
    private final Clock clock;

    LineEventHandler(LineInboundTranslator translator, Dialogue dialogue, LineRenderer renderer,
                     LineEventStore events, LineOutbox outbox, LineSender sender, LineFollowers followers,
                     TransactionTemplate transaction, LineProperties properties, Clock clock) {
        this.translator = translator;
        this.dialogue = dialogue;
        this.renderer = renderer;
        this.events = events;
        this.outbox = outbox;
        this.sender = sender;
        this.followers = followers;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void handle(LineEventStore.StoredEvent stored, String owner) {
        Event event = parse(stored.payload());
        // Outside the transaction: may download a photo from LINE, which can take seconds.
        LineInbound inbound = translator.translate(event);
        List<Long> answers = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Answer answer = inbound.input() == null ? null : dialogue.handle(inbound.resident(), inbound.input());
            boolean confidential = answer != null && answer.confidential();
            if (!events.markDone(stored.id(), owner, now, confidential)) {
                throw new StoredEventHandler.LeaseLostException();
            }
            inbound.follow().ifPresent(follow -> followers.record(follow.userId(), follow.following(), now));
            if (answer == null || answer.replies().isEmpty() || inbound.recipient() == null) {
                return;
            }
            List<Message> messages = renderer.render(answer.replies());
            answers.add(outbox.enqueue(new LineOutbox.NewAnswer(
                    inbound.recipient(),
                    inbound.replyToken(),
                    replyTokenExpiry(stored),
                    RetryKeys.forEvent(stored.webhookEventId()),
                    LineJson.write(messages),
                    stored.id(),
                    confidential), owner, now, now.plus(properties.sendLease())));
        });
        answers.forEach(sender::sendClaimed);
    }

    /**
     * LINE asks for the reply within a minute of receiving the webhook, and never later than 20 minutes after the
     * event; a safety margin is kept on both.
     */
    private Instant replyTokenExpiry(LineEventStore.StoredEvent stored) {
        Instant byReceipt = stored.receivedAt().plus(properties.replyTokenTtl());
        Instant byEvent = stored.occurredAt().plus(java.time.Duration.ofMinutes(19));
        return byReceipt.isBefore(byEvent) ? byReceipt : byEvent;
    }

    private Event parse(String payload) {
        try {
            return LineJson.event(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event is not readable: " + e.getOriginalMessage(), e);
        }
    }

}
