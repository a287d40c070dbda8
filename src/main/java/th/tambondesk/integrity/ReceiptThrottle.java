package th.tambondesk.integrity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import th.tambondesk.common.SourceThrottle;

/**
 * Slows down receipt-code guessing: after 5 wrong codes within 15 minutes a source (the salted hash the caller gives:
 * the chat's resident, or the web page's client address) waits 1 minute, doubling up to an hour. Only that source
 * waits: there is no limit across all sources, which would let anyone lock every reporter out of their own code
 * (the 80-bit codes need no such limit). In memory only, bounded ({@link SourceThrottle}).
 */
@Component
class ReceiptThrottle {

    static final int MAX_SOURCES = SourceThrottle.MAX_SOURCES;

    private final SourceThrottle sources;

    ReceiptThrottle(Clock clock) {
        this.sources = new SourceThrottle(5, Duration.ofMinutes(15), clock);
    }

    /** How long the source must still wait, or zero. */
    Duration waitFor(String source) {
        return sources.waitFor(source);
    }

    void failed(String source) {
        sources.failed(source);
    }

    void succeeded(String source) {
        sources.succeeded(source);
    }

    /** How many sources are remembered now (for tests). */
    long sourcesRemembered() {
        return sources.sourcesRemembered();
    }
}
