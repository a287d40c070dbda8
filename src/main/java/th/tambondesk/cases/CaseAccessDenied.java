package th.tambondesk.cases;

/** The case does not exist, or belongs to a division the viewer may not see. */
public class CaseAccessDenied extends RuntimeException {

    CaseAccessDenied() {
        super("no such case for this viewer", null, false, false);
    }
}
