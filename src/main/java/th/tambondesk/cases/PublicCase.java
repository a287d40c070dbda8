package th.tambondesk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case as anyone may see it (the Open311 listing): the service, the status, the dates and the place of the
 * problem. Never a name, a phone number, a resident's channel id or a photo; what the resident wrote is given to
 * the caller to decide whether to publish it.
 *
 * @param updatedAt     when it was last changed (closed, a status, a reply)
 * @param mergedIntoCode the case it was merged into, for a merged one
 */
public record PublicCase(String trackingCode, String serviceCode, String serviceName, String divisionCode,
                         CaseStatus status, Instant createdAt, Instant updatedAt, LocalDate dueDate,
                         @Nullable String place, @Nullable Double latitude, @Nullable Double longitude,
                         List<OpenCase.Detail> details, int reporters, @Nullable String mergedIntoCode) {
}
