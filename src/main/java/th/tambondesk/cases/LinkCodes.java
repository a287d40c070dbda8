package th.tambondesk.cases;

import java.security.SecureRandom;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One-time codes that link a walk-in case to LINE: 10 characters without look-alikes, e.g. "K7QM3XDA2P", about 49
 * bits, so that guessing one of the codes valid at a time takes lifetimes at the pace {@link LinkAttempts} allows.
 * Codes of 8 characters, printed before, are still read until they expire.
 */
final class LinkCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 10;
    private static final int OLD_LENGTH = 8;

    private LinkCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static @Nullable String normalize(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (code.length() != LENGTH && code.length() != OLD_LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
