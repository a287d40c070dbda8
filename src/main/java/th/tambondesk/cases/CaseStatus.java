package th.tambondesk.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. The Thai names are in {@code i18n/cases.properties} under {@code cases.status.*}. */
public enum CaseStatus {
    NEW,
    RECEIVED,
    IN_PROGRESS,
    /** The resident said a finished case is not fixed: staff take it up again. */
    REOPENED,
    DONE,
    REJECTED,
    FORWARDED,
    /** The resident withdrew it. */
    CANCELLED,
    /** Staff joined it to another case of the same thing; its residents follow that one. */
    MERGED;

    /** The statuses of cases staff still have to work on. */
    public static final Set<CaseStatus> OPEN = EnumSet.of(NEW, RECEIVED, IN_PROGRESS, REOPENED);

    public boolean closed() {
        return !OPEN.contains(this);
    }

    /** Staff set it; the others come from what residents do (reopen, withdraw) or from merging. */
    public boolean setByStaff() {
        return this != REOPENED && this != CANCELLED && this != MERGED;
    }

    /** Waiting for staff to take it up: new, or reopened by the resident. */
    public boolean waiting() {
        return this == NEW || this == REOPENED;
    }

    public String messageKey() {
        return "cases.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
