package th.tambondesk.qr;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of device from its User-Agent header: the only thing a scan keeps about who scanned. Link previews and
 * crawlers are recognized so they are not counted as residents.
 */
final class Devices {

    enum Kind {
        IOS, ANDROID, DESKTOP, OTHER
    }

    /**
     * @param robot a crawler or link preview, or a HEAD request: not a resident's scan
     * @param repeat the same client scanned the same code a moment ago ({@link RepeatScans}): counted once
     */
    record Device(Kind kind, boolean lineApp, boolean robot, boolean repeat) {

        boolean counted() {
            return !robot && !repeat;
        }

        Device asRepeat() {
            return new Device(kind, lineApp, robot, true);
        }
    }

    private static final Pattern ROBOT = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|externalhit|preview|curl/|wget/|python|go-http-client|headless");

    private Devices() {
    }

    static Device of(String userAgent, String method) {
        String ua = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        boolean robot = ROBOT.matcher(ua).find() || !"GET".equalsIgnoreCase(method);
        // LINE's in-app browser (its QR reader opens links there) adds "Line/<version>".
        boolean lineApp = ua.contains(" line/");
        Kind kind;
        if (ua.contains("iphone") || ua.contains("ipad") || ua.contains("ipod")) {
            kind = Kind.IOS;
        } else if (ua.contains("android")) {
            kind = Kind.ANDROID;
        } else if (ua.contains("windows") || ua.contains("macintosh") || ua.contains("x11") || ua.contains("cros")) {
            kind = Kind.DESKTOP;
        } else {
            kind = Kind.OTHER;
        }
        return new Device(kind, lineApp, robot, false);
    }
}
