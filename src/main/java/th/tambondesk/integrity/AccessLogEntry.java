package th.tambondesk.integrity;

import java.time.Instant;

/** One reading of or change to a report, by whom and when. */
public record AccessLogEntry(long id, Long reportId, String auditor, String action, Instant at) {
}
