package th.tambondesk.qr;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A poster as the inbox shows it.
 *
 * @param shortLink   what its QR code carries, or null while the public address is not configured
 * @param serviceName the service's current name, or null
 * @param lastScan    null before the first scan
 * @param problems    what keeps it from being printed; empty when it can be
 */
public record PosterView(long id, String code, String name, PosterTarget target, @Nullable String serviceCode,
                         @Nullable String serviceName, boolean active, Instant createdAt, @Nullable Instant retiredAt,
                         @Nullable String shortLink, long scans, long scansLast30Days, @Nullable Instant lastScan,
                         List<Problem> problems) {

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

    /** The short link to print: a printable poster has one ({@link Problem#NO_PUBLIC_URL} otherwise). */
    public String printLink() {
        return java.util.Objects.requireNonNull(shortLink, "a printable poster has a short link");
    }
}
