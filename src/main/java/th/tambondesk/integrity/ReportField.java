package th.tambondesk.integrity;

/** The parts of a report the reporter fills in. */
public enum ReportField {
    WHO,
    WHAT,
    WHEN,
    WHERE,
    NAME,
    PHONE
}
