package th.tambondesk.cases;

import org.jspecify.annotations.Nullable;

/**
 * Who looks at cases in the inbox. Staff see their own division; an administrator sees all. The cases module
 * enforces this itself: a case of another division is simply not found.
 */
public record StaffViewer(String username, String displayName, boolean allDivisions, @Nullable String division) {

    boolean maySee(String caseDivision) {
        return allDivisions || (division != null && division.equals(caseDivision));
    }
}
