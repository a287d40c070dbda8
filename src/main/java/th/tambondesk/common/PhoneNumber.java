package th.tambondesk.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Thai mobile number, 0XXXXXXXXX. Residents may type it with dashes, spaces or dots, or with +66 in front.
 */
public record PhoneNumber(String digits) {

    private static final Pattern MOBILE = Pattern.compile("0[689]\\d{8}");

    public PhoneNumber {
        if (digits == null || !MOBILE.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a Thai mobile number");
        }
    }

    public static Optional<PhoneNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String cleaned = typed.strip().replaceAll("[\\s\\-.()\u200B]", "");
        if (cleaned.startsWith("+66")) {
            cleaned = "0" + cleaned.substring(3);
        } else if (cleaned.startsWith("66") && cleaned.length() == 11) {
            cleaned = "0" + cleaned.substring(2);
        }
        cleaned = thaiDigitsToArabic(cleaned);
        return MOBILE.matcher(cleaned).matches() ? Optional.of(new PhoneNumber(cleaned)) : Optional.empty();
    }

    /** 081-234-5678 */
    public String display() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    /** 081-xxx-5678: enough to recognise, not enough to call. */
    public String masked() {
        return digits.substring(0, 3) + "-xxx-" + digits.substring(6);
    }

    private static String thaiDigitsToArabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }
}
