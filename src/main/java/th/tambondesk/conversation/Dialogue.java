package th.tambondesk.conversation;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.conversation.ResidentInteracted.Direction;

/**
 * The dialogue every channel talks to. One call handles one thing a resident sent and returns at most
 * {@link #MAX_REPLIES} replies, in order. Each inbound item and each answer is published as a
 * {@link ResidentInteracted} in the caller's transaction.
 */
@Service
public class Dialogue {

    /** LINE accepts five messages per reply; every channel gets the same answer, so no answer is longer. */
    public static final int MAX_REPLIES = 5;

    private final Answers answers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Dialogue(Answers answers, ApplicationEventPublisher events, Clock clock) {
        this.answers = answers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<Reply> handle(ResidentRef resident, Input input) {
        record(resident, Direction.IN, kindOf(input));
        List<Reply> replies = answers.to(input);
        if (!replies.isEmpty()) {
            record(resident, Direction.OUT, InteractionKind.ANSWER);
        }
        return replies;
    }

    /** The greeting and main menu for a resident who has not said anything yet. Nothing is recorded. */
    public List<Reply> welcome() {
        return answers.greeting(false);
    }

    private void record(ResidentRef resident, Direction direction, InteractionKind kind) {
        events.publishEvent(new ResidentInteracted(resident.channel(), resident.pseudonym(), direction, kind,
                clock.instant()));
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
