package th.tambondesk.cases;

import java.time.Instant;

/** Published in the transaction that stored a staff reply to the resident. */
public record StaffReplied(long caseId, long eventId, String trackingCode, String serviceName,
                           CaseChannel residentChannel, String residentKey, String text, Instant at) {
}
