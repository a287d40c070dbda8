package th.tambondesk.cases;

/** Where a case stands. The Thai names are in {@code i18n/cases.properties} under {@code cases.status.*}. */
public enum CaseStatus {
    NEW,
    RECEIVED,
    IN_PROGRESS,
    DONE,
    REJECTED,
    FORWARDED;

    public boolean closed() {
        return this == DONE || this == REJECTED || this == FORWARDED;
    }

    public String messageKey() {
        return "cases.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
