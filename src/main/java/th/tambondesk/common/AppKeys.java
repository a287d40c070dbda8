package th.tambondesk.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's own HMAC keys, one per purpose, kept in the {@code app_key} table: made by whichever instance
 * needs one first and then shared by all, so a signature or pseudonym made on one instance holds on every other
 * and after a restart.
 */
@Component
public class AppKeys {

    /** Signs the inbox's "known device" cookies. */
    public static final String INBOX_DEVICE = "inbox-device";
    /** Keys the pseudonyms residents are counted under in the statistics. */
    public static final String RESIDENT_PSEUDONYM = "resident-pseudonym";
    /** Signs the keys of web chat sessions. */
    public static final String WEB_CHAT = "web-chat";

    private final JdbcTemplate jdbc;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    public AppKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // Made now, outside any transaction, so that losing the race with another instance costs nothing.
        for (String purpose : List.of(INBOX_DEVICE, RESIDENT_PSEUDONYM, WEB_CHAT)) {
            keys.put(purpose, load(jdbc, purpose));
        }
    }

    /** HMAC-SHA256 of {@code data} under the purpose's key: the first {@code bytes} bytes, in hex. */
    public String hmac(String purpose, String data, int bytes) {
        return hmac(key(purpose), data, bytes);
    }

    /** HMAC-SHA256 of {@code data} under {@code key}: the first {@code bytes} bytes, in hex. */
    public static String hmac(byte[] key, String data, int bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)), 0, bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private byte[] key(String purpose) {
        return keys.computeIfAbsent(purpose, p -> load(jdbc, p));
    }

    /**
     * The purpose's key, made and stored when there is none yet. Also for Java migrations, which run before this
     * bean exists.
     */
    public static byte[] load(JdbcTemplate jdbc, String purpose) {
        List<byte[]> stored = read(jdbc, purpose);
        if (stored.isEmpty()) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            try {
                jdbc.update("insert into app_key (purpose, secret) values (?, ?)", purpose, secret);
            } catch (DuplicateKeyException e) {
                // Another instance made it first: use theirs.
            }
            stored = read(jdbc, purpose);
        }
        return stored.get(0);
    }

    private static List<byte[]> read(JdbcTemplate jdbc, String purpose) {
        return jdbc.query("select secret from app_key where purpose = ?", (rs, i) -> rs.getBytes(1), purpose);
    }
}
