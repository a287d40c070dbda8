package th.tambondesk.catalog;

import java.time.LocalDate;

/** Which dates a date field takes: a birth date lies in the past, the day a hall is wanted in the future. */
public enum DateRange {
    ANY, PAST, FUTURE;

    /** Whether the range takes {@code date}, {@code today} being today in Thailand. */
    public boolean allows(LocalDate date, LocalDate today) {
        return switch (this) {
            case ANY -> true;
            case PAST -> !date.isAfter(today);
            case FUTURE -> !date.isBefore(today);
        };
    }
}
