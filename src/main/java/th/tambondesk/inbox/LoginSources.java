package th.tambondesk.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import th.tambondesk.common.SourceThrottle;

/**
 * Failed logins per client address, whatever the account: after 10 within 15 minutes the address waits a minute,
 * doubling up to an hour. The address is the one the trusted proxy names ({@code TAMBONDESK_TRUSTED_PROXIES}), kept
 * in memory under a salted hash that changes at every start; bounded ({@link SourceThrottle}).
 */
@Component
class LoginSources {

    private final byte[] salt = new SecureRandom().generateSeed(16);
    private final SourceThrottle throttle;

    LoginSources(Clock clock) {
        this.throttle = new SourceThrottle(10, Duration.ofMinutes(15), clock);
    }

    Duration waitFor(String address) {
        return throttle.waitFor(key(address));
    }

    void failed(String address) {
        throttle.failed(key(address));
    }

    private String key(String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
