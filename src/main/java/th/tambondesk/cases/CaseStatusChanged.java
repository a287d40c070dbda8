package th.tambondesk.cases;

import java.time.Instant;

/**
 * Published in the transaction that changed a case's status, for channels to tell the resident.
 *
 * @param eventId the timeline entry: unique, so a notification derived from it is sent once
 */
public record CaseStatusChanged(long caseId, long eventId, String trackingCode, String serviceName,
                                CaseChannel residentChannel, String residentKey, CaseStatus status, String note,
                                Instant at) {
}
