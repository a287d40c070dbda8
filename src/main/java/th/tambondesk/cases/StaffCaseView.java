package th.tambondesk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as staff handle it: everything the resident gave, the whole timeline, notes included.
 *
 * @param reporters residents who reported it (the requester and those who joined)
 * @param reopened  how often residents said it was not fixed
 * @param nearby    open cases of the same service close by, to merge with (empty once closed)
 */
public record StaffCaseView(long id, String trackingCode, String serviceCode, String serviceName, String kind,
                            String divisionCode, CaseChannel channel, CaseStatus status, Instant createdAt,
                            LocalDate dueDate, Instant closedAt, boolean overdue, String assignee, String contactName,
                            String phone, List<OpenCase.Detail> details, Double latitude, Double longitude,
                            String place, List<Photo> photos, List<Event> timeline, Integer rating,
                            String ratingComment, CaseChannel residentChannel, String linkCode, int reporters,
                            int reopened, String mergedIntoCode, Long mergedIntoId, List<NearbyCase> nearby) {

    public record Photo(long id, String kind) {

        Photo(long id, CaseAttachment.Kind kind) {
            this(id, kind.name());
        }
    }

    /** {@code kind}: OPENED, STATUS, REPLY, NOTE, ASSIGN, RATING, LINKED, JOINED, REOPENED, WITHDRAWN, MERGED_IN. */
    public record Event(String kind, CaseStatus status, String note, String actor, boolean visibleToResident,
                        Instant at) {
    }

    public boolean canNotifyResident() {
        return residentChannel != null;
    }
}
