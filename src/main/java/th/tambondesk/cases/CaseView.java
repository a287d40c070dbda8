package th.tambondesk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case as the resident may see it. A resident who joined someone else's report sees only what concerns everyone:
 * the service, the dates and the status changes, never the reporter's words or photos.
 *
 * @param following   the resident joined this case rather than reporting it
 * @param reporters   how many residents reported it (the requester and those who joined)
 * @param reopenable  finished recently enough for the resident to say it is not fixed
 * @param cancellable still open and the resident's own, so they may withdraw it
 */
public record CaseView(String trackingCode, String serviceCode, String serviceName, String divisionName, CaseStatus status,
                       Instant createdAt, LocalDate dueDate, @Nullable Instant closedAt, List<OpenCase.Detail> details,
                       int photos, List<TimelineEntry> timeline, boolean following, int reporters,
                       boolean reopenable, boolean cancellable) {

    /** A step in the case's history that the resident is shown. */
    public record TimelineEntry(Instant at, @Nullable CaseStatus status, @Nullable String note) {
    }
}
