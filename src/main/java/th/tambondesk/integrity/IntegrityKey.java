package th.tambondesk.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The key that seals integrity reports: from {@code TAMBONDESK_INTEGRITY_KEY}, or else a key file created in the
 * data folder at the first start, with a loud warning. At every start the key is checked against a probe sealed
 * with the key in use when the first report was stored: a different key stops the start instead of mixing keys.
 */
@Configuration(proxyBeanMethods = false)
class IntegrityKey {

    private static final Logger log = LoggerFactory.getLogger(IntegrityKey.class);
    private static final String PROBE = "tambondesk-integrity-key-check";
    /** In the probe: the access log's last row from before its chain was keyed. */
    private static final String BOUNDARY = "|access-log-unkeyed-up-to=";
    /**
     * Where default runs before V17 wrote the key file: a folder literally named after an unresolved placeholder,
     * in the working directory. Found there, the key is moved to its proper place.
     */
    static final Path MISPLACED = Path.of("${tambondesk.data-dir:./data}", "integrity.key");

    @Bean
    Sealer sealer(IntegrityProperties properties, JdbcTemplate jdbc) {
        Sealer sealer = new Sealer(keyBytes(properties, MISPLACED));
        checkAgainstProbe(sealer, jdbc);
        Resealing.run(sealer, jdbc);
        return sealer;
    }

    static byte[] keyBytes(IntegrityProperties properties, Path misplaced) {
        if (!properties.key().isBlank()) {
            return decode(properties.key().strip(), "TAMBONDESK_INTEGRITY_KEY");
        }
        Path file = Path.of(properties.keyFile());
        try {
            if (!Files.exists(file) && Files.exists(misplaced)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.move(misplaced, file);
                log.warn("Moved the integrity key file from {} (where earlier versions wrote it by mistake) to {}",
                        misplaced.toAbsolutePath(), file.toAbsolutePath());
            }
            if (Files.exists(file)) {
                log.warn("Integrity reports are sealed with the key file {}. Move it out of the data folder: set "
                        + "TAMBONDESK_INTEGRITY_KEY to its content and delete the file (see README).", file.toAbsolutePath());
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            restrict(file);
            log.warn("""

                    ************************************************************************************
                    * NO TAMBONDESK_INTEGRITY_KEY: a new key for corruption reports was written to      *
                    * {}
                    * Anyone with this file and a database copy can read the reports. Put its content  *
                    * in TAMBONDESK_INTEGRITY_KEY, keep a copy offline, and delete the file (README).   *
                    * Without the key the reports can never be read again.                             *
                    ************************************************************************************""",
                    file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the integrity key file " + file, e);
        }
    }

    /**
     * Checks the key against the probe sealed when the first report was stored, and keeps in that probe (sealed, so
     * no one without the key can change it) the last row of the access log chained before the chain was keyed: rows
     * after it must carry the key's links ({@link AccessLog#intact}). A missing probe while integrity data is stored
     * means it was deleted, and the start stops rather than begin a new chain of trust.
     */
    static void checkAgainstProbe(Sealer sealer, JdbcTemplate jdbc) {
        byte[] probe = probe(jdbc);
        if (probe == null) {
            Long stored = jdbc.queryForObject("select (select count(*) from integrity_report)"
                    + " + (select count(*) from integrity_access_log)", Long.class);
            if (stored != null && stored > 0) {
                throw new IllegalStateException("The integrity key check (table integrity_key_check) is missing although "
                        + "integrity reports or access-log rows are stored: it was deleted. Restore it from a backup.");
            }
            jdbc.update("insert into integrity_key_check (id, probe) values (1, ?)",
                    sealer.seal(PROBE + BOUNDARY + 0, "key-check", 1));
            return;
        }
        String opened;
        try {
            opened = open(sealer, probe);
        } catch (Sealer.WrongKeyException e) {
            throw new IllegalStateException("TAMBONDESK_INTEGRITY_KEY is not the key the stored integrity reports were "
                    + "sealed with. Start with the original key; reports cannot be read with any other.");
        }
        if (!opened.startsWith(PROBE)) {
            throw new IllegalStateException("integrity key check failed");
        }
        if (!opened.startsWith(PROBE + BOUNDARY)) {
            // A probe from before the access log was keyed: the rows without the key's links are from then.
            long boundary = jdbc.queryForObject(
                    "select coalesce(max(id), 0) from integrity_access_log where keyed = false", Long.class);
            jdbc.update("update integrity_key_check set probe = ? where id = 1",
                    sealer.seal(PROBE + BOUNDARY + boundary, "key-check", 1));
        }
    }

    /**
     * The id of the last access-log row chained before the chain was keyed (0 when there is none), as the probe keeps
     * it, or -1 when the probe is missing or does not say.
     */
    static long accessLogBoundary(Sealer sealer, JdbcTemplate jdbc) {
        byte[] probe = probe(jdbc);
        if (probe == null) {
            return -1;
        }
        String opened;
        try {
            opened = open(sealer, probe);
        } catch (Sealer.WrongKeyException e) {
            return -1;
        }
        if (!opened.startsWith(PROBE + BOUNDARY)) {
            return -1;
        }
        try {
            return Long.parseLong(opened.substring((PROBE + BOUNDARY).length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] probe(JdbcTemplate jdbc) {
        return jdbc.query("select probe from integrity_key_check where id = 1", rs -> rs.next() ? rs.getBytes(1) : null);
    }

    private static String open(Sealer sealer, byte[] probe) {
        return Sealer.isUnbound(probe) ? new String(sealer.openUnbound(probe, "key-check"), StandardCharsets.UTF_8)
                : sealer.openText(probe, "key-check", 1);
    }

    private static byte[] decode(String base64, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(base64);
            if (key.length != 32) {
                Arrays.fill(key, (byte) 0);
                throw new IllegalStateException(source + " must be the Base64 of 32 random bytes "
                        + "(e.g. openssl rand -base64 32)");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not Base64 (e.g. openssl rand -base64 32)");
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.warn("Could not restrict the permissions of {}: {}", file, e.toString());
        }
    }
}
