package th.tambondesk.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line of the inbox list.
 *
 * @param reporters residents who reported it (the requester and those who joined)
 * @param reopened  how often residents said it was not fixed
 */
public record CaseRow(long id, String trackingCode, String serviceName, String divisionCode, CaseStatus status,
                      CaseChannel channel, Instant createdAt, LocalDate dueDate, boolean overdue,
                      @Nullable String assignee, String kind, int reporters, int reopened) {
}
