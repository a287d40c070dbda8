package th.tambondesk.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Keys for in-memory counters of who did what (a client address, a browser): SHA-256 under a salt made at every
 * start, so that no key can be matched to an address afterwards. Never for anything stored.
 */
public final class SaltedHash {

    private final byte[] salt = new SecureRandom().generateSeed(16);

    /** The first {@code bytes} bytes of the salted hash, in hex. */
    public String of(String value, int bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8)),
                    0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
