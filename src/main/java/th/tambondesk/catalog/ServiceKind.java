package th.tambondesk.catalog;

/** Whether residents ask for something or complain about something. */
public enum ServiceKind {
    REQUEST,
    COMPLAINT
}
