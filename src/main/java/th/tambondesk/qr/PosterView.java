package th.tambondesk.qr;

import java.time.Instant;
import java.util.List;

/**
 * A poster as the inbox shows it.
 *
 * @param shortLink   what its QR code carries, or null while the public address is not configured
 * @param serviceName the service's current name, or null
 * @param lastScan    null before the first scan
 * @param problems    what keeps it from being printed; empty when it can be
 */
public record PosterView(long id, String code, String name, PosterTarget target, String serviceCode,
                         String serviceName, boolean active, Instant createdAt, Instant retiredAt, String shortLink,
                         long scans, long scansLast30Days, Instant lastScan, List<Problem> problems) {

    /** Why a poster cannot be printed yet. */
    public enum Problem {
        /** TAMBONDESK_PUBLIC_URL is not set: there is no address to encode. */
        NO_PUBLIC_URL,
        /** TAMBONDESK_SAO_LINE_ID is not set: a LINE poster would lead to the web chat. */
        NO_LINE_ID,
        /** The poster's service is closed or gone. */
        SERVICE_CLOSED,
        /** The poster is retired: its code shows the general page. */
        RETIRED
    }

    public boolean printable() {
        return problems.isEmpty();
    }
}
