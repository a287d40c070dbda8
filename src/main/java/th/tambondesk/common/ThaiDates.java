package th.tambondesk.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates as Thai people read them: Buddhist Era years and Thai month names, in Thailand's time zone.
 */
public final class ThaiDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    /** The Buddhist Era is 543 years ahead of the Common Era. */
    public static final int BE_OFFSET = 543;

    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};

    private static final String[] SHORT_MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
            "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};

    private ThaiDates() {
    }

    /** For example "5 ธันวาคม 2568". */
    public static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + BE_OFFSET);
    }

    /** For example "5 ธ.ค. 68". */
    public static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + " " + SHORT_MONTHS[date.getMonthValue() - 1] + " "
                + String.format("%02d", (date.getYear() + BE_OFFSET) % 100);
    }

    /** For example "5 ธ.ค. 68 14:05 น.". */
    public static String shortDateTime(Instant instant) {
        ZonedDateTime at = instant.atZone(ZONE);
        return shortDate(at.toLocalDate()) + " " + String.format("%02d:%02d น.", at.getHour(), at.getMinute());
    }

    /** The short Thai name of a month, 1 = ม.ค. */
    public static String shortMonth(int month) {
        return SHORT_MONTHS[month - 1];
    }

    /** The full Thai name of a month, 1 = มกราคม. */
    public static String month(int month) {
        return MONTHS[month - 1];
    }
}
