package th.tambondesk.line;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.tambondesk.line.channel.LineProperties;
import th.tambondesk.line.outbox.LineOutbox;
import th.tambondesk.line.queue.LineEventStore;

/**
 * Deletes, once a night, what the LINE adapter no longer needs: raw events handled longer ago than
 * {@code eventRetention} (they hold what residents wrote) and answers delivered, dropped or given up as long ago
 * (they hold recipients and texts). Events and answers still waiting are never deleted.
 */
@Component
class LineRetention {

    private static final Logger log = LoggerFactory.getLogger(LineRetention.class);

    private final LineEventStore events;
    private final LineOutbox outbox;
    private final LineProperties properties;
    private final Clock clock;

    LineRetention(LineEventStore events, LineOutbox outbox, LineProperties properties, Clock clock) {
        this.events = events;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${tambondesk.line.purge-cron:0 17 3 * * *}", zone = "Asia/Bangkok")
    void purge() {
        Instant before = clock.instant().minus(properties.eventRetention());
        int purgedEvents = events.purge(before);
        int purgedAnswers = outbox.purge(before);
        if (purgedEvents + purgedAnswers > 0) {
            log.info("Deleted {} handled LINE events and {} finished answers older than {}", purgedEvents,
                    purgedAnswers, properties.eventRetention());
        }
    }
}
