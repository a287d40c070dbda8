package th.tambondesk.integrity;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import th.tambondesk.common.FiscalYear;

/**
 * O24: corruption and misconduct reports of one fiscal year, counted per month by category and by status. No
 * content and nothing finer than a month.
 *
 * @param months     October to September
 * @param byCategory per category, one count per month
 * @param byStatus   per status, one count per month
 * @param perMonth   all reports, one count per month
 */
public record O24Table(FiscalYear year, List<YearMonth> months, Map<IntegrityCategory, int[]> byCategory,
                       Map<IntegrityStatus, int[]> byStatus, int[] perMonth) {

    /** The counts of one category (every category has a row). */
    public int[] of(IntegrityCategory category) {
        return Objects.requireNonNull(byCategory.get(category), category.name());
    }

    /** The counts of one status (every status has a row). */
    public int[] of(IntegrityStatus status) {
        return Objects.requireNonNull(byStatus.get(status), status.name());
    }

    public int total() {
        int sum = 0;
        for (int count : perMonth) {
            sum += count;
        }
        return sum;
    }
}
