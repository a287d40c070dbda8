package th.tambondesk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Module events whose listener has not completed (component {@code moduleEvents} of {@code /actuator/health}, and
 * metrics): a status change or staff reply a resident has not been told of yet. Completed ones are deleted, so every
 * row of {@code event_publication} counts. DOWN when one has waited longer than
 * {@code tambondesk.health.stall-after}: it has then failed at every redelivery (see the log).
 */
@Component
class ModuleEventsHealthIndicator extends AbstractHealthIndicator implements MeterBinder {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration stallAfter;

    ModuleEventsHealthIndicator(JdbcTemplate jdbc, Clock clock,
                                @Value("${tambondesk.health.stall-after:10m}") Duration stallAfter) {
        super("Module event publications could not be read");
        this.jdbc = jdbc;
        this.clock = clock;
        this.stallAfter = stallAfter;
    }

    record Incomplete(long count, @Nullable Instant oldest) {
    }

    Incomplete incomplete() {
        Long count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Long.class);
        Timestamp oldest = jdbc.queryForObject(
                "select min(publication_date) from event_publication where completion_date is null", Timestamp.class);
        return new Incomplete(count == null ? 0 : count, oldest == null ? null : oldest.toInstant());
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Incomplete incomplete = incomplete();
        health.up().withDetail("incomplete", incomplete.count());
        if (incomplete.oldest() != null) {
            health.withDetail("oldestSince", incomplete.oldest());
            if (incomplete.oldest().isBefore(clock.instant().minus(stallAfter))) {
                health.down().withDetail("stalled", "a module event published at " + incomplete.oldest()
                        + " has not reached its listener for longer than " + stallAfter + "; see the log");
            }
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tambondesk.events.incomplete", this, indicator -> {
            try {
                return indicator.incomplete().count();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description("module events whose listener has not completed").register(registry);
    }
}
