package th.tambondesk.cases;

import java.time.Instant;

/**
 * Published in the transaction that changed anything the statistics count of a case (opened, status, rating), so
 * they can recount the month the case was received in.
 */
public record CaseCountsChanged(long caseId, Instant receivedAt) {
}
