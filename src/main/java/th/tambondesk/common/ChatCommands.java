package th.tambondesk.common;

import java.util.Optional;

/**
 * The messages that QR codes type in for the resident, and the bot recognizes: printed posters depend on them, so
 * they never change once released.
 */
public final class ChatCommands {

    /** Starts a service's request: "ยื่นคำขอ " and the service's name. */
    public static final String REQUEST = "ยื่นคำขอ";
    /** Opens the corruption and misconduct channel. */
    public static final String INTEGRITY = "แจ้งเบาะแสทุจริต";
    /** Links a walk-in case to the resident's chat: "เชื่อมเรื่อง " and the one-time code. */
    public static final String LINK = "เชื่อมเรื่อง";

    private ChatCommands() {
    }

    public static String request(String serviceName) {
        return REQUEST + " " + serviceName;
    }

    public static String link(String code) {
        return LINK + " " + code;
    }

    /** The service name in a request command, if the text is one. */
    public static Optional<String> requestedService(String text) {
        String clean = text == null ? "" : text.strip();
        if (!clean.startsWith(REQUEST)) {
            return Optional.empty();
        }
        String name = clean.substring(REQUEST.length()).strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
