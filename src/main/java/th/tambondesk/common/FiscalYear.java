package th.tambondesk.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A Thai government fiscal year: 1 October to 30 September, named by the Buddhist Era year it ends in
 * (ปีงบประมาณ 2568 = 1 ต.ค. 2567 – 30 ก.ย. 2568).
 */
public record FiscalYear(int buddhistYear) {

    public static FiscalYear of(LocalDate date) {
        int endYear = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(endYear + ThaiDates.BE_OFFSET);
    }

    public LocalDate firstDay() {
        return LocalDate.of(buddhistYear - ThaiDates.BE_OFFSET - 1, 10, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(buddhistYear - ThaiDates.BE_OFFSET, 9, 30);
    }

    /** October to September. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(12);
        YearMonth first = YearMonth.from(firstDay());
        for (int i = 0; i < 12; i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    /** The first instant of the year in Thailand, and the first after it. */
    public Instant start() {
        return firstDay().atStartOfDay(ThaiDates.ZONE).toInstant();
    }

    public Instant end() {
        return lastDay().plusDays(1).atStartOfDay(ThaiDates.ZONE).toInstant();
    }

    public static FiscalYear of(YearMonth month) {
        return of(month.atDay(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear previous() {
        return new FiscalYear(buddhistYear - 1);
    }

    /** "ปีงบประมาณ 2568" */
    public String label() {
        return "ปีงบประมาณ " + buddhistYear;
    }
}
