package th.tambondesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands module events whose listener did not complete (it failed, or the application stopped while it ran) to the
 * listener again, every {@code tambondesk.events.resubmit-interval}, once they are older than
 * {@code tambondesk.events.resubmit-after}: a resident is told of a status change or a staff reply even when the
 * first attempt failed. Completed publications are deleted at once ({@code spring.modulith.events.completion-mode=
 * delete}), because they hold LINE user ids and the texts of replies.
 * <p>
 * The age keeps a publication whose listener is still running from being handed over a second time; the listeners
 * are idempotent as well (a notification's retry key and transcript key), so a second run, from another instance
 * say, tells the resident nothing twice.
 */
@Component
class ModuleEventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(ModuleEventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final Duration after;
    private final Clock clock;

    ModuleEventRedelivery(IncompleteEventPublications incomplete,
                          @Value("${tambondesk.events.resubmit-after:1m}") Duration after, Clock clock) {
        this.incomplete = incomplete;
        this.after = after;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tambondesk.events.resubmit-interval:1m}",
            initialDelayString = "${tambondesk.events.resubmit-interval:1m}")
    void scheduled() {
        try {
            resubmit();
        } catch (DataAccessException e) {
            log.warn("Could not look for module events to hand over again; trying at the next run: {}", e.toString());
        } catch (RuntimeException e) {
            log.error("Handing module events over again failed; trying at the next run", e);
        }
    }

    /** Returns how many publications were handed to their listener again. */
    int resubmit() {
        Instant before = clock.instant().minus(after);
        AtomicInteger count = new AtomicInteger();
        incomplete.resubmitIncompletePublications(publication -> {
            boolean old = publication.getPublicationDate().isBefore(before);
            if (old) {
                count.incrementAndGet();
            }
            return old;
        });
        if (count.get() > 0) {
            log.info("Handed {} module events whose listener had not completed to it again", count.get());
        }
        return count.get();
    }
}
