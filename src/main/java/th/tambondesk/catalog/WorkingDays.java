package th.tambondesk.catalog;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.common.FiscalYear;

/**
 * Working days of the SAO: Monday to Friday except government holidays. A fiscal year with a dated holiday list
 * uses that list; a fiscal year without one (the coming year, before the SAO enters it) uses the fixed-date
 * holidays, moved to the next working day when they fall on a weekend.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final Holidays holidays;
    private final FixedHolidays fixedHolidays;
    private final Clock clock;

    WorkingDays(Holidays holidays, FixedHolidays fixedHolidays, Clock clock) {
        this.holidays = holidays;
        this.fixedHolidays = fixedHolidays;
        this.clock = clock;
    }

    /** The date {@code workingDays} working days after {@code start} (the start day itself is not counted). */
    public LocalDate add(LocalDate start, int workingDays) {
        Calendar calendar = calendar();
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (calendar.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    /** Says when the current fiscal year has no dated holiday list, so due dates miss the Buddhist holidays. */
    @EventListener(ApplicationReadyEvent.class)
    void warnAboutMissingHolidays() {
        FiscalYear current = FiscalYear.of(LocalDate.now(clock));
        if (!calendar().datedYears.contains(current)) {
            log.warn("No holiday list for {}: due dates count only weekends and fixed-date holidays. Add the "
                    + "year's Buddhist and special holidays to catalog_holiday (admin pages, or the catalogue file "
                    + "before the first start).", current.label());
        }
    }

    private Calendar calendar() {
        List<Holiday> dated = holidays.findAll();
        Set<LocalDate> dates = new HashSet<>();
        Set<FiscalYear> years = new HashSet<>();
        for (Holiday holiday : dated) {
            dates.add(holiday.date());
            years.add(FiscalYear.of(holiday.date()));
        }
        return new Calendar(dates, years, fixedHolidays.findAll());
    }

    private static final class Calendar {
        private final Set<LocalDate> dated;
        private final Set<FiscalYear> datedYears;
        private final List<FixedHoliday> fixed;

        Calendar(Set<LocalDate> dated, Set<FiscalYear> datedYears, List<FixedHoliday> fixed) {
            this.dated = dated;
            this.datedYears = datedYears;
            this.fixed = fixed;
        }

        boolean isWorkingDay(LocalDate date) {
            if (isWeekend(date)) {
                return false;
            }
            if (datedYears.contains(FiscalYear.of(date))) {
                return !dated.contains(date);
            }
            return !observedFixedHolidays(date.getYear()).contains(date);
        }

        /** Fixed-date holidays of a year; one on a weekend is observed on the next free weekday. */
        private Set<LocalDate> observedFixedHolidays(int year) {
            Set<LocalDate> observed = new HashSet<>();
            fixed.stream()
                    .map(f -> LocalDate.of(year, f.month(), f.day()))
                    .sorted()
                    .forEach(day -> {
                        LocalDate date = day;
                        while (isWeekend(date) || observed.contains(date)) {
                            date = date.plusDays(1);
                        }
                        observed.add(date);
                    });
            return observed;
        }

        private static boolean isWeekend(LocalDate date) {
            return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }
}
