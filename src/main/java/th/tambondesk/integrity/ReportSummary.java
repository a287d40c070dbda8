package th.tambondesk.integrity;

import java.time.YearMonth;

/** A line of the auditor's list. Nothing of the content: that is read only by opening the report. */
public record ReportSummary(long id, IntegrityCategory category, IntegrityStatus status, YearMonth submitted,
                            boolean anonymous, int evidence) {
}
