package th.tambondesk.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the statistics need of one case, and nothing personal: no name, phone, place or words. The pseudonym lets
 * them count distinct residents.
 *
 * @param closedAt  null while open
 * @param rating    1-5, or null
 * @param requester the resident's pseudonym, or null (walk-ins not linked to a chat)
 * @param reopened  how often residents said it was not fixed
 */
public record CaseFact(String serviceCode, CaseChannel channel, CaseStatus status, Instant receivedAt,
                       @Nullable Instant closedAt, LocalDate dueDate, @Nullable Integer rating,
                       @Nullable String requester, int reopened) {
}
