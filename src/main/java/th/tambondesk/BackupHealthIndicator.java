package th.tambondesk;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The nightly H2 backup in {@code /actuator/health} (component {@code backup}): when it last ran, where to, or what
 * went wrong; and metric {@code tambondesk.backup.age} (seconds since the newest backup in the folder was written),
 * for an alert when backups stop. A failed backup does not make the application DOWN: it still serves residents.
 */
@Component
class BackupHealthIndicator extends AbstractHealthIndicator implements MeterBinder {

    private final H2Backups backups;
    private final Clock clock;

    BackupHealthIndicator(H2Backups backups, Clock clock) {
        super("The backup state could not be read");
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (!backups.applies()) {
            health.unknown().withDetail("backups", "not H2 in a file: use pg_dump (README)");
            return;
        }
        if (!backups.enabled()) {
            health.unknown().withDetail("backups", "off (TAMBONDESK_BACKUP_KEEP=0)");
            return;
        }
        health.up();
        backups.last().ifPresentOrElse(last -> {
            health.withDetail("lastAttempt", last.at()).withDetail("ok", last.ok());
            if (last.ok()) {
                health.withDetail("file", last.file().toString()).withDetail("bytes", last.bytes());
            } else {
                health.withDetail("error", last.error());
            }
        }, () -> health.withDetail("lastAttempt", "none since start"));
        health.withDetail("kept", backups.existing().size());
        backups.newest().ifPresent(newest -> health.withDetail("newest", newest));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tambondesk.backup.age", backups, b -> b.newest()
                        .map(newest -> (double) Duration.between(newest, clock.instant()).toSeconds())
                        .orElse(Double.NaN))
                .description("seconds since the newest database backup was written").register(registry);
    }
}
