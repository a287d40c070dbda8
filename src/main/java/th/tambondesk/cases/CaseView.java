package th.tambondesk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as the resident may see it. */
public record CaseView(String trackingCode, String serviceCode, String serviceName, String divisionName, CaseStatus status,
                       Instant createdAt, LocalDate dueDate, Instant closedAt, List<OpenCase.Detail> details,
                       int photos, List<TimelineEntry> timeline) {

    /** A step in the case's history that the resident is shown. */
    public record TimelineEntry(Instant at, CaseStatus status, String note) {
    }
}
