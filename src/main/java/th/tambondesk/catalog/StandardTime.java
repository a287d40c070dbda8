package th.tambondesk.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A service's standard time.
 *
 * @param days  working days, or null when unknown
 * @param label how it is shown, e.g. "45 วัน"
 */
public record StandardTime(@Nullable Integer days, @Nullable String label, Basis basis) {

    public enum Basis {
        /** A statutory deadline. */
        LAW,
        /** Confirmed by the SAO. */
        CONFIRMED,
        /** Plausible but not confirmed; shown to residents as approximate. */
        UNVERIFIED,
        /** Not known: residents are told that staff will say. */
        UNKNOWN
    }

    public boolean known() {
        return basis != Basis.UNKNOWN && days != null;
    }

    /** The working days when they are known, otherwise {@code fallback}. */
    public int daysOr(int fallback) {
        return basis != Basis.UNKNOWN && days != null ? days : fallback;
    }
}
