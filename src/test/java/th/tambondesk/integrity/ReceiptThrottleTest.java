package th.tambondesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import th.tambondesk.common.MutableClock;

/** Receipt-code guessing slows down per source, and the throttle's memory stays bounded however many sources try. */
class ReceiptThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T03:00:00Z"));
    private final ReceiptThrottle throttle = new ReceiptThrottle(clock);

    @Test
    void aSourceWaitsAMinuteAfterFiveWrongCodesThenTwice() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitFor("a")).isZero();
            throttle.failed("a");
        }
        assertThat(throttle.waitFor("a")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("b")).isZero();

        clock.advance(Duration.ofMinutes(1));
        throttle.failed("a");
        assertThat(throttle.waitFor("a")).isEqualTo(Duration.ofMinutes(2));

        throttle.succeeded("a");
        assertThat(throttle.waitFor("a")).isZero();
    }

    @Test
    void remembersAtMostTenThousandSourcesAndForgetsQuietOnes() {
        for (int i = 0; i < 30_000; i++) {
            throttle.failed("source-" + i);
        }
        assertThat(throttle.sourcesRemembered()).isLessThanOrEqualTo(ReceiptThrottle.MAX_SOURCES);

        clock.advance(Duration.ofHours(3));
        assertThat(throttle.sourcesRemembered()).isZero();
    }

    @Test
    void wrongCodesFromEverywhereNeverHoldUpAnotherSource() {
        // Security review (issue 26): a limit across all sources let anyone lock every reporter out.
        for (int i = 0; i < 1_000; i++) {
            throttle.failed("source-" + i);
        }
        assertThat(throttle.waitFor("someone-else")).isZero();
    }
}
