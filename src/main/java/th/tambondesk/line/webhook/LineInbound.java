package th.tambondesk.line.webhook;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import th.tambondesk.conversation.Input;
import th.tambondesk.conversation.ResidentRef;

/**
 * One LINE event as the conversation sees it.
 *
 * @param resident   who sent it, or null when the event is ignored
 * @param input      what to hand to the dialogue, or null when the event needs no dialogue at all
 * @param replyToken the reply token, or null
 * @param recipient  where an answer goes (a user, group or room id), or null when no answer may be sent
 * @param follow     a change in whether the user follows the account
 */
public record LineInbound(@Nullable ResidentRef resident, @Nullable Input input, @Nullable String replyToken,
                          @Nullable String recipient, Optional<FollowChange> follow) {

    public record FollowChange(String userId, boolean following) {
    }

    /** The sender of an event and the text it carries, if any, read without fetching anything. */
    public record Look(ResidentRef resident, @Nullable String text) {
    }

    static LineInbound ignored() {
        return new LineInbound(null, null, null, null, Optional.empty());
    }
}
