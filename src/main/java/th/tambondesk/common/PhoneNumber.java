package th.tambondesk.common;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A Thai telephone number: a mobile, 0XXXXXXXXX (06, 08, 09), or a landline, 0XXXXXXXX (02 Bangkok, 03x–07x the
 * provinces, e.g. 034 for Nakhon Pathom), as many elderly residents have only a house phone. Residents may type it
 * with dashes, spaces or dots, or with +66 in front.
 */
public record PhoneNumber(String digits) {

    private static final Pattern MOBILE = Pattern.compile("0[689]\\d{8}");
    private static final Pattern LANDLINE = Pattern.compile("0[2-7]\\d{7}");

    public PhoneNumber {
        if (digits == null || !(MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches())) {
            throw new IllegalArgumentException("not a Thai telephone number");
        }
    }

    public static Optional<PhoneNumber> parse(@Nullable String typed) {
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
        return MOBILE.matcher(cleaned).matches() || LANDLINE.matcher(cleaned).matches()
                ? Optional.of(new PhoneNumber(cleaned)) : Optional.empty();
    }

    public boolean mobile() {
        return digits.length() == 10;
    }

    /** 081-234-5678, 02-123-4567, 034-123-456: as Thai numbers are written. */
    public String display() {
        int area = areaCodeLength();
        return digits.substring(0, area) + "-" + digits.substring(area, area + 3) + "-" + digits.substring(area + 3);
    }

    /** 081-xxx-5678: enough to recognise, not enough to call. */
    public String masked() {
        int area = areaCodeLength();
        return digits.substring(0, area) + "-xxx-" + digits.substring(area + 3);
    }

    /** The part before the first dash: three digits for mobiles and provinces, two for Bangkok (02). */
    private int areaCodeLength() {
        return !mobile() && digits.charAt(1) == '2' ? 2 : 3;
    }

    private static String thaiDigitsToArabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }
}
