package th.tambondesk.conversation;

/** Where a resident talks to the SAO. */
public enum Channel {
    LINE,
    WEB
}
