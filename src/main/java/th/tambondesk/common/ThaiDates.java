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
        return shortDate(instant.atZone(ZONE).toLocalDate()) + " " + time(instant);
    }

    /** The time of day in Thailand, for example "14:05 น.". */
    public static String time(Instant instant) {
        ZonedDateTime at = instant.atZone(ZONE);
        return String.format("%02d:%02d น.", at.getHour(), at.getMinute());
    }

    /** For example "พฤศจิกายน 2569". */
    public static String monthYear(java.time.YearMonth month) {
        return MONTHS[month.getMonthValue() - 1] + " " + (month.getYear() + BE_OFFSET);
    }

    /** The first instant of the Thai month an instant falls in (midnight of its first day, Thai time). */
    public static Instant monthStart(Instant instant) {
        return instant.atZone(ZONE).toLocalDate().withDayOfMonth(1).atStartOfDay(ZONE).toInstant();
    }

    /** The day an instant falls on in Thailand. */
    public static LocalDate toDate(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The short Thai name of a month, 1 = ม.ค. */
    public static String shortMonth(int month) {
        return SHORT_MONTHS[month - 1];
    }

    /**
     * Reads a date as Thai people type it: 15/12/2569, 15-12-69, 15.12.2025, "15 ธันวาคม 2569" or "15 ธ.ค. 69".
     * Years above 2400 are Buddhist Era, two-digit years too; Thai digits are fine.
     */
    public static java.util.Optional<LocalDate> parse(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        StringBuilder normal = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            normal.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        String text = normal.toString().replaceAll("\\s+", " ");
        java.util.regex.Matcher numeric = java.util.regex.Pattern
                .compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2,4})").matcher(text);
        int day;
        int month;
        int year;
        if (numeric.matches()) {
            day = Integer.parseInt(numeric.group(1));
            month = Integer.parseInt(numeric.group(2));
            year = Integer.parseInt(numeric.group(3));
        } else {
            java.util.regex.Matcher named = java.util.regex.Pattern
                    .compile("(\\d{1,2})\\s*(\\S+?)\\s*(\\d{2,4})").matcher(text);
            if (!named.matches()) {
                return java.util.Optional.empty();
            }
            day = Integer.parseInt(named.group(1));
            month = monthNamed(named.group(2));
            year = Integer.parseInt(named.group(3));
            if (month == 0) {
                return java.util.Optional.empty();
            }
        }
        if (year < 100) {
            year += 2500;
        }
        if (year > 2400) {
            year -= BE_OFFSET;
        }
        try {
            return java.util.Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static int monthNamed(String name) {
        String clean = name.replace(" ", "");
        for (int i = 0; i < 12; i++) {
            if (MONTHS[i].equals(clean) || SHORT_MONTHS[i].equals(clean) || SHORT_MONTHS[i].replace(".", "").equals(clean)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The full Thai name of a month, 1 = มกราคม. */
    public static String month(int month) {
        return MONTHS[month - 1];
    }
}
