package th.tambondesk.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import th.tambondesk.common.AppKeys;

/**
 * The pseudonym a resident is counted under in the statistics and remembered under on their cases: HMAC-SHA256 under
 * the application's {@link AppKeys#RESIDENT_PSEUDONYM} key, so that nobody who reads the database or an export can
 * test a LINE user id against it without the key. The HMAC is taken over the unkeyed hash older versions stored,
 * which lets a migration re-key those rows without knowing whose they are, and keeps a fiscal year's count of
 * distinct residents continuous across the upgrade.
 */
@Component
public class Pseudonyms {

    /** Bytes of the HMAC kept: 128 bits, 32 hex characters. */
    private static final int BYTES = 16;

    private final AppKeys keys;

    Pseudonyms(AppKeys keys) {
        this.keys = keys;
    }

    String of(ResidentRef resident) {
        return keys.hmac(AppKeys.RESIDENT_PSEUDONYM, unkeyed(resident), BYTES);
    }

    /** The keyed pseudonym of a value older versions stored (the first 128 bits of SHA-256, in hex). */
    public static String rekeyed(byte[] key, String unkeyed) {
        return AppKeys.hmac(key, unkeyed, BYTES);
    }

    private static String unkeyed(ResidentRef resident) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((resident.channel().name() + ':' + resident.key()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
