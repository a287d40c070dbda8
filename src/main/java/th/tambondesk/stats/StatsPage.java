package th.tambondesk.stats;

import java.util.List;

import org.jspecify.annotations.Nullable;

import th.tambondesk.common.FiscalYear;
import th.tambondesk.qr.Posters;

/**
 * Everything a statistics page shows for one fiscal year, ready for the template.
 *
 * @param refreshed   when the figures were gathered, as Thai people read it, or null
 * @param charts      Chart.js configurations as JSON, by name (channels, services, satisfaction, usage)
 * @param o24Rows     integrity complaints by category, then the total, then by status
 * @param posters     QR scans per poster (staff only; empty on the public page)
 */
public record StatsPage(FiscalYear year, List<FiscalYear> years, List<String> months, StatsReport report,
                        @Nullable String refreshed, Charts charts, List<CountRow> o24Rows, int o24Total,
                        List<Posters.PosterMonths> posters, Titles titles) {

    public record Charts(String channels, String services, String satisfaction, String usage) {
    }

    /** A labelled row of monthly counts. */
    public record CountRow(String label, List<Long> perMonth, long total, boolean emphasized) {
    }

    /** The ITA item titles as configured, e.g. "O12 ข้อมูลเชิงสถิติการให้บริการ". */
    public record Titles(String serviceStatistics, String integrityStatistics, String eService, String eServiceQuestion) {
    }
}
