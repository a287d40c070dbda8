package th.tambondesk.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * A stable pseudonym for statistics: counts distinct residents without keeping their LINE id or session key.
     */
    public String pseudonym() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((channel.name() + ':' + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
