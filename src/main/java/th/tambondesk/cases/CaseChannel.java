package th.tambondesk.cases;

/** How a case reached the SAO. LINE and WEB are e-services; the others are counted to compare (ITA E9). */
public enum CaseChannel {
    LINE,
    WEB,
    WALK_IN,
    PHONE;

    /** An e-service channel: the resident did not have to come or call. */
    public boolean online() {
        return this == LINE || this == WEB;
    }
}
