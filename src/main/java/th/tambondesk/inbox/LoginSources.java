package th.tambondesk.inbox;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import th.tambondesk.common.SaltedHash;
import th.tambondesk.common.SourceThrottle;

/**
 * Failed logins per client address, whatever the account: after 10 within 15 minutes the address waits a minute,
 * doubling up to an hour. The address is the one the trusted proxy names ({@code TAMBONDESK_TRUSTED_PROXIES}), kept
 * in memory under a salted hash that changes at every start; bounded ({@link SourceThrottle}).
 */
@Component
class LoginSources {

    private final SaltedHash hash = new SaltedHash();
    private final SourceThrottle throttle;

    LoginSources(Clock clock) {
        this.throttle = new SourceThrottle(10, Duration.ofMinutes(15), clock);
    }

    Duration waitFor(String address) {
        return throttle.waitFor(hash.of(address, 12));
    }

    void failed(String address) {
        throttle.failed(hash.of(address, 12));
    }
}
