package th.tambondesk.cases;

import java.security.SecureRandom;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import th.tambondesk.common.ThaiDates;

/**
 * Tracking codes that are easy to read aloud over the phone: the Buddhist year's last two digits, a dash and six
 * digits, e.g. "69-482137". Random rather than counted, so one resident's code says nothing about another's.
 */
final class TrackingCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String next(LocalDate today) {
        int year = (today.getYear() + ThaiDates.BE_OFFSET) % 100;
        return String.format("%02d-%06d", year, RANDOM.nextInt(1_000_000));
    }

    /** Accepts what residents type: spaces, no dash, Thai digits. */
    static @Nullable String normalize(String typed) {
        StringBuilder digits = new StringBuilder();
        for (char c : typed.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '๐' && c <= '๙') {
                digits.append((char) ('0' + (c - '๐')));
            }
        }
        if (digits.length() != 8) {
            return null;
        }
        return digits.substring(0, 2) + "-" + digits.substring(2);
    }
}
