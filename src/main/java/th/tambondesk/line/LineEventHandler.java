package th.tambondesk.line;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.webhook.model.Event;

import th.tambondesk.conversation.Answer;
import th.tambondesk.conversation.Dialogue;
import th.tambondesk.conversation.Input;
import th.tambondesk.conversation.ResidentRef;
import th.tambondesk.line.channel.LineChannelCondition;
import th.tambondesk.line.channel.LineProperties;
import th.tambondesk.line.outbox.LineFollowers;
import th.tambondesk.line.outbox.LineOutbox;
import th.tambondesk.line.outbox.LineSender;
import th.tambondesk.line.outbox.RetryKeys;
import th.tambondesk.line.queue.LineEventStore;
import th.tambondesk.line.queue.StoredEventHandler;
import th.tambondesk.line.render.LineJson;
import th.tambondesk.line.render.LineRenderer;
import th.tambondesk.line.webhook.LineInbound;
import th.tambondesk.line.webhook.LineInboundTranslator;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Handles stored events: asks the conversation what to answer and, in the same transaction, marks the event done
 * and writes the answer to the outbox. A crash before the commit leaves the event to be handled again; after it,
 * nothing is done twice.
 */
@Component
@Conditional(LineChannelCondition.class)
class LineEventHandler implements StoredEventHandler {

    private static final Logger log = LoggerFactory.getLogger(LineEventHandler.class);

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
    /** Events per committed transaction: 1 when idle, more under load. */
    private final DistributionSummary together;

    LineEventHandler(LineInboundTranslator translator, Dialogue dialogue, LineRenderer renderer,
                     LineEventStore events, LineOutbox outbox, LineSender sender, LineFollowers followers,
                     TransactionTemplate transaction, LineProperties properties, Clock clock, MeterRegistry meters) {
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
        this.together = DistributionSummary.builder("tambondesk.line.events.per.transaction")
                .description("LINE events handled in one transaction").register(meters);
    }

    @Override
    public void handle(LineEventStore.StoredEvent stored, String owner) {
        // Outside the transaction: may download a photo from LINE, which can take seconds.
        Translated event = new Translated(stored, translator.translate(parse(stored.payload())));
        commitAndSend(List.of(event), owner);
    }

    @Override
    public boolean confidential(LineEventStore.StoredEvent stored) {
        return translator.look(parse(stored.payload()))
                .map(look -> dialogue.confidential(look.resident(), look.text()))
                .orElse(false);
    }

    /**
     * Events without a download share one transaction; if it fails, each is handled again on its own, so one bad
     * event costs the others nothing but time. Events with a photo to download are handled one by one after them.
     */
    @Override
    public void handleAll(List<LineEventStore.StoredEvent> events, String owner, Failures failures) {
        List<Translated> quick = new ArrayList<>();
        List<LineEventStore.StoredEvent> slow = new ArrayList<>();
        for (LineEventStore.StoredEvent stored : events) {
            try {
                Event event = parse(stored.payload());
                if (translator.downloads(event)) {
                    slow.add(stored);
                } else {
                    quick.add(new Translated(stored, translator.translate(event)));
                }
            } catch (RuntimeException e) {
                failures.failed(stored, e);
            }
        }
        if (quick.size() > 1) {
            try {
                commitAndSend(quick, owner);
                quick = List.of();
            } catch (RuntimeException e) {
                log.info("{} LINE events handled together failed ({}); handling each on its own", quick.size(),
                        e.toString());
            }
        }
        for (Translated event : quick) {
            try {
                commitAndSend(List.of(event), owner);
            } catch (RuntimeException e) {
                failures.failed(event.stored(), e);
            }
        }
        for (LineEventStore.StoredEvent stored : slow) {
            try {
                handle(stored, owner);
            } catch (RuntimeException e) {
                failures.failed(stored, e);
            }
        }
    }

    private record Translated(LineEventStore.StoredEvent stored, LineInbound inbound) {
    }

    /** One transaction for the events' answers, outbox rows and done marks; the answers are sent after it. */
    private void commitAndSend(List<Translated> events, String owner) {
        List<Outgoing> answers = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            answers.clear();
            List<LineEventStore.Done> done = new ArrayList<>(events.size());
            for (Translated event : events) {
                answer(event.stored(), event.inbound(), owner, done).ifPresent(answers::add);
            }
            // One batch for all the done marks; a lost lease rolls everything of this transaction back.
            if (!this.events.markAllDone(done, owner, clock.instant())) {
                throw new StoredEventHandler.LeaseLostException();
            }
        });
        together.record(events.size());
        answers.forEach(answer -> sender.send(answer.row(), answer.messages()));
    }

    /** An answer's outbox row and the messages it holds, sent as they are. */
    private record Outgoing(LineOutbox.Pending row, List<Message> messages) {
    }

    /** Answers one event and adds its done mark to {@code done}, to be written with the others of the batch. */
    private Optional<Outgoing> answer(LineEventStore.StoredEvent stored, LineInbound inbound, String owner,
                                      List<LineEventStore.Done> done) {
        Instant now = clock.instant();
        Input input = inbound.input();
        ResidentRef resident = inbound.resident();
        Answer answer = input == null || resident == null ? null : dialogue.handle(resident, input);
        boolean confidential = answer != null && answer.confidential();
        done.add(new LineEventStore.Done(stored.id(), confidential));
        inbound.follow().ifPresent(follow -> followers.record(follow.userId(), follow.following(), now));
        if (answer == null || answer.replies().isEmpty() || inbound.recipient() == null) {
            return Optional.empty();
        }
        LineRenderer.Rendered rendered = renderer.render(answer.replies());
        return Optional.of(new Outgoing(outbox.enqueue(new LineOutbox.NewAnswer(
                inbound.recipient(),
                inbound.replyToken(),
                replyTokenExpiry(stored),
                RetryKeys.forEvent(stored.webhookEventId()),
                rendered.json(),
                stored.id(),
                confidential), owner, now, now.plus(properties.sendLease())), rendered.messages()));
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
