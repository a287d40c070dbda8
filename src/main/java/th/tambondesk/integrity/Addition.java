package th.tambondesk.integrity;

/** What adding words or a photo to a sent report did. */
public enum Addition {
    ADDED,
    /** The follow-up handle expired: the receipt code is asked again. */
    EXPIRED,
    /** The report already holds as much as a reporter may add ({@link IntegrityReports#MAX_ADDED_ENTRIES}). */
    FULL
}
