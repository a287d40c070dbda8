package th.tambondesk.catalog;

import java.time.LocalDate;

/** A dated government holiday; {@code verified} false marks a date staff should check. */
public record HolidayView(LocalDate date, String name, boolean verified) {
}
