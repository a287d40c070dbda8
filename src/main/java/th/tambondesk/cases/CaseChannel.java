package th.tambondesk.cases;

/**
 * How a case reached the SAO. LINE, WEB and OPEN311 (another system, through the GeoReport v2 API) are e-services;
 * the others are counted to compare (ITA E9).
 */
public enum CaseChannel {
    LINE,
    WEB,
    WALK_IN,
    PHONE,
    OPEN311;

    /** An e-service channel: the resident did not have to come or call. */
    public boolean online() {
        return this == LINE || this == WEB || this == OPEN311;
    }
}
