package th.tambondesk.conversation;

import java.util.List;

/**
 * What the dialogue says back to one message.
 *
 * @param confidential the message belonged to the integrity channel: the channel must not keep it, nor the answer,
 *                     with who the resident is (no transcript, raw event redacted, sent answer forgotten)
 */
public record Answer(List<Reply> replies, boolean confidential) {

    public Answer {
        replies = List.copyOf(replies);
    }
}
