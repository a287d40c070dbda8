package th.tambondesk.stats;

import java.time.Instant;
import java.time.YearMonth;

import th.tambondesk.common.ThaiDates;

/** Months as the rollup tables key them: 'YYYY-MM' in Thai time. */
final class Months {

    private Months() {
    }

    static String key(YearMonth month) {
        return month.toString();
    }

    static YearMonth of(Instant instant) {
        return YearMonth.from(instant.atZone(ThaiDates.ZONE));
    }

    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ThaiDates.ZONE).toInstant();
    }

    static Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }
}
