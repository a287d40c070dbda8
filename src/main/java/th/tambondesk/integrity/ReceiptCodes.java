package th.tambondesk.integrity;

import java.security.SecureRandom;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Receipt codes: 16 characters of Crockford's Base32 (80 random bits, so guessing is hopeless), shown in groups of
 * four, e.g. "K7QM-3XDA-9PHT-W2RC". No vowels that spell words, and the letters people mix up (O/0, I/L/1) are
 * read as the same character, so a code is easy to type on a phone.
 */
final class ReceiptCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 16;

    private ReceiptCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    static String display(String normalized) {
        return normalized.substring(0, 4) + "-" + normalized.substring(4, 8) + "-" + normalized.substring(8, 12) + "-"
                + normalized.substring(12);
    }

    /** The code as typed, cleaned: upper case, no spaces or dashes, O read as 0, I and L as 1. Null if not a code. */
    static @Nullable String normalize(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u200B' || Character.isWhitespace(c)) {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (new String(ALPHABET).indexOf(mapped) < 0) {
                return null;
            }
            out.append(mapped);
        }
        return out.length() == LENGTH ? out.toString() : null;
    }

    /** Whether a text could be a receipt code (so the chat offers to look it up). */
    static boolean looksLike(String typed) {
        return typed != null && typed.strip().length() <= 24 && normalize(typed) != null;
    }
}
