package th.tambondesk.cases;

import java.time.Instant;

/** Published when a case is opened, in the same transaction. */
public record CaseOpened(long caseId, String trackingCode, String serviceCode, String divisionCode,
                         CaseChannel channel, String residentPseudonym, Instant at) {
}
