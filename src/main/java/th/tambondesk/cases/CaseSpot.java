package th.tambondesk.cases;

import java.time.Instant;

/** An open, placed case as the duplicate check reads it: a projection, not an entity. */
record CaseSpot(Long id, String trackingCode, String serviceName, Double latitude, Double longitude,
                Instant createdAt, CaseStatus status, int reporters) {
}
