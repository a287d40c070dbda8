package th.tambondesk.inbox;

import th.tambondesk.cases.StaffViewer;

/** The logged-in account as the cases module sees it: an admin sees every division, staff their own. */
final class Viewers {

    private Viewers() {
    }

    static StaffViewer of(StaffPrincipal staff) {
        return new StaffViewer(staff.username(), staff.displayName(), staff.role() == Role.ADMIN, staff.divisionCode());
    }
}
