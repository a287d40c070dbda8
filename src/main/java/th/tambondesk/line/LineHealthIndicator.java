package th.tambondesk.line;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tambondesk.line.channel.LineChannelCondition;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The LINE backlog in {@code /actuator/health} (component {@code line}) and as metrics: events waiting to be
 * handled, answers waiting to be sent, and those set aside as failed. DOWN when the work does not move: an event or
 * an answer due for longer than {@code tambondesk.health.stall-after} (10 min) and not taken up, or an answer not
 * delivered that long after it was written (LINE refusing or unreachable all that time, the month's message quota
 * spent …). Figures are read at most every five seconds, whoever asks.
 */
@Component
@Conditional(LineChannelCondition.class)
class LineHealthIndicator extends AbstractHealthIndicator implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration stallAfter;
    private @Nullable Backlog cached;

    LineHealthIndicator(JdbcTemplate jdbc, Clock clock, @Value("${tambondesk.health.stall-after:10m}") Duration stallAfter) {
        super("The LINE backlog could not be read");
        this.jdbc = jdbc;
        this.clock = clock;
        this.stallAfter = stallAfter;
    }

    /**
     * @param eventsWaiting   stored events not yet handled (waiting, being handled, or waiting for a retry)
     * @param eventDueSince   when the longest-waiting event became due, or null
     * @param eventsFailed    events set aside after their attempts
     * @param answersWaiting  answers not yet accepted by LINE
     * @param answerDueSince  when the longest-waiting answer became due, or null
     * @param oldestAnswer    when the oldest answer still waiting was written, or null
     * @param answersFailed   answers given up (LINE refused them, or the retry key's day passed)
     */
    record Backlog(Instant at, long eventsWaiting, @Nullable Instant eventDueSince, long eventsFailed,
                   long answersWaiting, @Nullable Instant answerDueSince, @Nullable Instant oldestAnswer,
                   long answersFailed) {
    }

    synchronized Backlog backlog() {
        Instant now = clock.instant();
        if (cached == null || cached.at().plus(FRESH).isBefore(now)) {
            cached = read(now);
        }
        return cached;
    }

    private Backlog read(Instant now) {
        long eventsWaiting = count("select count(*) from line_event where status in ('PENDING', 'PROCESSING')");
        Instant eventDue = time("select min(next_attempt_at) from line_event where status = 'PENDING'");
        long eventsFailed = count("select count(*) from line_event where status = 'FAILED'");
        long answersWaiting = count("select count(*) from line_outbox where status = 'PENDING'");
        Instant answerDue = time("select min(next_attempt_at) from line_outbox where status = 'PENDING'");
        Instant oldestAnswer = time("select min(created_at) from line_outbox where status = 'PENDING'");
        long answersFailed = count("select count(*) from line_outbox where status = 'FAILED'");
        return new Backlog(now, eventsWaiting, eventDue, eventsFailed, answersWaiting, answerDue, oldestAnswer,
                answersFailed);
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Backlog backlog = backlog();
        Instant stalledBefore = backlog.at().minus(stallAfter);
        health.up()
                .withDetail("eventsWaiting", backlog.eventsWaiting())
                .withDetail("eventsFailed", backlog.eventsFailed())
                .withDetail("answersWaiting", backlog.answersWaiting())
                .withDetail("answersFailed", backlog.answersFailed());
        if (backlog.oldestAnswer() != null) {
            health.withDetail("oldestAnswerWaitingSince", backlog.oldestAnswer());
        }
        if (before(backlog.eventDueSince(), stalledBefore)) {
            health.down().withDetail("stalled", "LINE events due since " + backlog.eventDueSince()
                    + " have not been handled (longer than " + stallAfter + ")");
        } else if (before(backlog.answerDueSince(), stalledBefore)) {
            health.down().withDetail("stalled", "answers due since " + backlog.answerDueSince()
                    + " have not been sent (longer than " + stallAfter + ")");
        } else if (before(backlog.oldestAnswer(), stalledBefore)) {
            health.down().withDetail("stalled", "an answer written at " + backlog.oldestAnswer()
                    + " has not been delivered to LINE yet (longer than " + stallAfter + "); see the log");
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "tambondesk.line.events.waiting", "LINE events stored and not yet handled",
                Backlog::eventsWaiting);
        gauge(registry, "tambondesk.line.events.failed", "LINE events set aside after their attempts",
                Backlog::eventsFailed);
        gauge(registry, "tambondesk.line.answers.waiting", "answers not yet accepted by LINE",
                Backlog::answersWaiting);
        gauge(registry, "tambondesk.line.answers.failed", "answers given up", Backlog::answersFailed);
        gauge(registry, "tambondesk.line.answers.oldest.age", "seconds since the oldest waiting answer was written",
                b -> b.oldestAnswer() == null ? 0 : Duration.between(b.oldestAnswer(), b.at()).toSeconds());
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Backlog> value) {
        Gauge.builder(name, this, indicator -> {
            try {
                return value.applyAsDouble(indicator.backlog());
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description(description).register(registry);
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private @Nullable Instant time(String sql) {
        Timestamp time = jdbc.queryForObject(sql, Timestamp.class);
        return time == null ? null : time.toInstant();
    }

    private static boolean before(@Nullable Instant time, Instant limit) {
        return time != null && time.isBefore(limit);
    }
}
