package th.tambondesk.integrity;

import java.time.Duration;

/** Too many wrong receipt codes from this source (or from everywhere) lately: try again after {@link #waitFor()}. */
public class TooManyAttempts extends RuntimeException {

    private final Duration wait;

    TooManyAttempts(Duration wait) {
        super("too many wrong receipt codes", null, false, false);
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }
}
