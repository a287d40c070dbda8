package th.tambondesk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.conversation.ResidentInteracted.Direction;
import th.tambondesk.integrity.IntegrityReports;

/**
 * The dialogue every channel talks to. One call handles one thing a resident sent and returns at most
 * {@link #MAX_REPLIES} replies, in order, and whether the exchange is confidential. The resident's state is loaded and stored in the caller's transaction,
 * and each inbound item and each answer is published as a {@link ResidentInteracted} in it.
 */
@Service
public class Dialogue {

    /** LINE accepts five messages per reply; every channel gets the same answer, so no answer is longer. */
    public static final int MAX_REPLIES = 5;

    private final Router router;
    private final Conversations conversations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Dialogue(Router router, Conversations conversations, ApplicationEventPublisher events, Clock clock) {
        this.router = router;
        this.conversations = conversations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Answer handle(ResidentRef resident, Input input) {
        Instant now = clock.instant();
        Turn turn = conversations.load(resident, now);
        router.route(turn, input);
        conversations.save(turn);
        List<Reply> replies = fit(turn.urgent, turn.replies);
        if (!turn.confidential) {
            // A confidential turn is not logged at all: the integrity channel logs only that a report was sent.
            record(turn, Direction.IN, kindOf(input), now);
            if (!replies.isEmpty()) {
                record(turn, Direction.OUT, InteractionKind.ANSWER, now);
            }
        }
        return new Answer(replies, turn.confidential);
    }

    /**
     * Whether a message of the resident would be the integrity channel's: they are in the middle of a report or a
     * follow-up, or the text is a receipt code. For a channel that must drop a message it could not handle.
     */
    @Transactional(readOnly = true)
    public boolean confidential(ResidentRef resident, @Nullable String text) {
        return text != null && IntegrityReports.looksLikeReceiptCode(text) || conversations.inIntegrityChannel(resident);
    }

    /** The greeting and main menu for a resident who has not said anything yet. Nothing is recorded. */
    public List<Reply> welcome() {
        return router.welcome();
    }

    /**
     * Keeps the last replies when there are too many: the newest question is what the resident must see. An urgent
     * reply (emergency numbers) comes first and is always kept.
     */
    private static List<Reply> fit(@Nullable Reply urgent, List<Reply> replies) {
        List<Reply> all = new java.util.ArrayList<>();
        if (urgent != null) {
            all.add(urgent);
        }
        int room = MAX_REPLIES - all.size();
        all.addAll(replies.size() <= room ? replies : replies.subList(replies.size() - room, replies.size()));
        return List.copyOf(all);
    }

    private void record(Turn turn, Direction direction, InteractionKind kind, Instant at) {
        events.publishEvent(new ResidentInteracted(turn.resident.channel(), turn.pseudonym, direction, kind, at));
    }

    private static InteractionKind kindOf(Input input) {
        if (input instanceof Input.Unsupported unsupported) {
            return switch (unsupported.kind()) {
                case STICKER -> InteractionKind.STICKER;
                case AUDIO, VIDEO, FILE -> InteractionKind.MEDIA;
                case GROUP_CHAT -> InteractionKind.GROUP_CHAT;
                case UNKNOWN_MESSAGE, SILENT_EVENT -> InteractionKind.OTHER;
            };
        }
        if (input instanceof Input.Text) {
            return InteractionKind.TEXT;
        }
        if (input instanceof Input.Tap) {
            return InteractionKind.TAP;
        }
        if (input instanceof Input.Location) {
            return InteractionKind.LOCATION;
        }
        if (input instanceof Input.Photo) {
            return InteractionKind.PHOTO;
        }
        if (input instanceof Input.Followed) {
            return InteractionKind.FOLLOW;
        }
        return InteractionKind.UNFOLLOW;
    }
}
