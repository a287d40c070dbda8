package th.tambondesk.integrity;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.common.FiscalYear;

/** Public counts of integrity reports (ITA O24): per month, category and status, read from plain columns only. */
@Service
public class IntegrityStatistics {

    private final JdbcTemplate jdbc;

    IntegrityStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public O24Table o24(FiscalYear year) {
        List<YearMonth> months = year.months();
        Map<IntegrityCategory, int[]> byCategory = new EnumMap<>(IntegrityCategory.class);
        for (IntegrityCategory category : IntegrityCategory.values()) {
            byCategory.put(category, new int[12]);
        }
        Map<IntegrityStatus, int[]> byStatus = new EnumMap<>(IntegrityStatus.class);
        for (IntegrityStatus status : IntegrityStatus.values()) {
            byStatus.put(status, new int[12]);
        }
        int[] perMonth = new int[12];
        jdbc.query("""
                select submitted_month, category, status, count(*) as n from integrity_report
                 where submitted_month between ? and ?
                 group by submitted_month, category, status
                """, rs -> {
            int index = months.indexOf(YearMonth.parse(rs.getString("submitted_month")));
            int n = rs.getInt("n");
            // Both maps hold every category and status.
            Objects.requireNonNull(byCategory.get(IntegrityCategory.valueOf(rs.getString("category"))))[index] += n;
            Objects.requireNonNull(byStatus.get(IntegrityStatus.valueOf(rs.getString("status"))))[index] += n;
            perMonth[index] += n;
        }, months.get(0).toString(), months.get(11).toString());
        return new O24Table(year, months, byCategory, byStatus, perMonth);
    }
}
