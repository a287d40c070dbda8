package th.tambondesk.conversation;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The monthly push-message quota of the resident channel, for staff to see before they send. Implemented by the
 * LINE adapter; absent when LINE is off.
 */
public interface MessagingQuota {

    /** The quota this month, or empty when it cannot be read right now. */
    Optional<Usage> thisMonth();

    /** @param limit null when the plan has no limit */
    record Usage(@Nullable Long limit, long used) {

        public @Nullable Long left() {
            return limit == null ? null : Math.max(0, limit - used);
        }
    }
}
