package th.tambondesk.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An open case of the same service near a place, as the duplicate check finds it.
 *
 * @param trackingCode shown to staff, and to a resident only when the case is theirs ({@code mine})
 * @param metres       distance from the place asked about
 * @param mine         the resident asking already reported or joined it
 */
public record NearbyCase(long caseId, @Nullable String trackingCode, String serviceName, int metres, Instant reportedAt,
                         CaseStatus status, int reporters, boolean mine) {
}
