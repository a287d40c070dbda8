package th.tambondesk.integrity;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * What a reporter sees with their receipt code: the status and the auditor's messages, no identity.
 *
 * @param handle a short-lived token to add information in the same sitting
 */
public record FollowUp(String handle, IntegrityCategory category, IntegrityStatus status, YearMonth submitted,
                       List<Message> messages) {

    public record Message(boolean fromAuditor, String text, Instant at) {
    }
}
