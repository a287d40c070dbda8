package th.tambondesk.qr;

/** Where a poster's QR code leads. */
public enum PosterTarget {
    /** Adds the SAO's LINE account as a friend; the general poster lists every e-service. */
    FRIEND(true),
    /** Opens the LINE chat with "ยื่นคำขอ &lt;service&gt;" typed in. */
    SERVICE(true),
    /** Opens the LINE chat with the corruption and misconduct channel's command typed in. */
    INTEGRITY(true),
    /** The web chat, for residents without LINE; with a service, its request typed in. */
    WEB_CHAT(false);

    private final boolean needsLine;

    PosterTarget(boolean needsLine) {
        this.needsLine = needsLine;
    }

    /** Whether the code leads into LINE (and needs the account's basic id). */
    public boolean needsLine() {
        return needsLine;
    }
}
