package th.tambondesk.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that changed a case's status, for channels to tell the resident and those who joined
 * the case.
 *
 * @param eventId   the timeline entry: unique, so a notification derived from it is sent once
 * @param followers residents who joined the case; they are told the status, never the staff's replies
 */
public record CaseStatusChanged(long caseId, long eventId, String trackingCode, String serviceName,
                                @Nullable CaseChannel residentChannel, @Nullable String residentKey, CaseStatus status,
                                @Nullable String note,
                                Instant at, List<Requester> followers) {

    public CaseStatusChanged {
        // Events stored before followers existed read back without them.
        followers = followers == null ? List.of() : List.copyOf(followers);
    }
}
