package th.tambondesk.conversation;

import java.util.Objects;

/**
 * A resident as a channel knows them: a LINE user id, or the random key of a web chat session.
 */
public record ResidentRef(Channel channel, String key) {

    public ResidentRef {
        Objects.requireNonNull(channel, "channel");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a resident needs a key");
        }
    }
}
