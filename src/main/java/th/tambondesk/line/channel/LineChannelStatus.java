package th.tambondesk.line.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Whether the LINE channel is on, and the one log line that says how to turn it on. */
@Component
class LineChannelStatus {

    private static final Logger log = LoggerFactory.getLogger(LineChannelStatus.class);

    private final boolean enabled;

    LineChannelStatus(Environment environment) {
        this.enabled = LineChannelCondition.configured(environment);
    }

    boolean enabled() {
        return enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (enabled) {
            log.info("LINE channel is on: webhook at POST /callback");
        } else {
            log.warn("LINE channel is off: set LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN to turn it on "
                    + "(POST /callback answers 503 until then; the web chat at /chat works without it)");
        }
    }
}
