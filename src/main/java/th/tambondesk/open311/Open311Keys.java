package th.tambondesk.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API keys of the Open311 API: the admin issues one per system that reports (a national platform, an app) and
 * revokes it when that system stops. The key is shown once; only its hash is stored.
 */
@Service
public class Open311Keys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeys keys;
    private final Clock clock;

    Open311Keys(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A key as the admin page lists it: never the key itself. */
    public record KeyView(long id, String name, String hint, String createdBy, Instant createdAt,
                          @Nullable Instant revokedAt, @Nullable Instant lastUsed) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A new key and the only time it is shown. */
    public record Issued(KeyView key, String secret) {
    }

    @Transactional(readOnly = true)
    public List<KeyView> all() {
        return keys.findAllByOrderByIdDesc().stream().map(ApiKey::view).toList();
    }

    @Transactional
    public Issued issue(String name, String by) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new IllegalArgumentException("a key needs a name of 1 to 100 characters");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = "td311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = keys.save(new ApiKey(clean, hash(secret), secret.substring(0, 8), by, clock.instant()));
        return new Issued(key.view(), secret);
    }

    @Transactional
    public void revoke(long id) {
        keys.findById(id).ifPresent(k -> k.revoke(clock.instant()));
    }

    /** The active key, or empty; notes when it was last used. */
    @Transactional
    Optional<KeyView> check(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return keys.findByKeyHash(hash(secret.strip())).filter(ApiKey::active).map(k -> {
            k.used(clock.instant());
            return k.view();
        });
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
