package th.tambondesk.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Published in the transaction that stored a staff reply to the resident. */
public record StaffReplied(long caseId, long eventId, String trackingCode, String serviceName,
                           @Nullable CaseChannel residentChannel, @Nullable String residentKey, String text,
                           Instant at) {
}
