package th.tambondesk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case as staff handle it: everything the resident gave, the whole timeline, notes included.
 *
 * @param reporters residents who reported it (the requester and those who joined)
 * @param reopened  how often residents said it was not fixed
 * @param nearby    open cases of the same service close by, to merge with (empty once closed)
 */
public record StaffCaseView(long id, String trackingCode, String serviceCode, String serviceName, String kind,
                            String divisionCode, CaseChannel channel, CaseStatus status, Instant createdAt,
                            LocalDate dueDate, @Nullable Instant closedAt, boolean overdue, @Nullable String assignee,
                            @Nullable String contactName, @Nullable String phone, List<OpenCase.Detail> details,
                            @Nullable Double latitude, @Nullable Double longitude, @Nullable String place,
                            List<Photo> photos, List<Event> timeline, @Nullable Integer rating,
                            @Nullable String ratingComment, @Nullable CaseChannel residentChannel,
                            @Nullable String linkCode, int reporters, int reopened, @Nullable String mergedIntoCode,
                            @Nullable Long mergedIntoId, List<NearbyCase> nearby) {

    public record Photo(long id, String kind) {

        Photo(long id, CaseAttachment.Kind kind) {
            this(id, kind.name());
        }
    }

    /** {@code kind}: OPENED, STATUS, REPLY, NOTE, ASSIGN, RATING, LINKED, JOINED, REOPENED, WITHDRAWN, MERGED_IN. */
    public record Event(String kind, @Nullable CaseStatus status, @Nullable String note, @Nullable String actor,
                        boolean visibleToResident, Instant at) {
    }

    public boolean canNotifyResident() {
        return residentChannel != null;
    }
}
