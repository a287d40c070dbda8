package th.tambondesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A nightly copy of the H2 database while the application runs: H2's {@code BACKUP TO} writes a consistent zip of
 * the database file (it reads a snapshot; nobody waits for it), into {@code tambondesk.backup.dir}
 * ({@code data/backups}), keeping the newest {@code tambondesk.backup.keep} (7; 0 turns backups off). The zip is
 * written under a temporary name and renamed when complete, so a crash never leaves half a backup among the good
 * ones. PostgreSQL has {@code pg_dump} for this (README), so nothing happens there.
 */
@Component
class H2Backups {

    private static final Logger log = LoggerFactory.getLogger(H2Backups.class);
    static final String PREFIX = "tambondesk-";
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss")
            .withZone(ZoneId.of("Asia/Bangkok"));

    private final JdbcTemplate jdbc;
    private final Path folder;
    private final int keep;
    private final Clock clock;
    private volatile @Nullable Boolean h2;
    private volatile @Nullable Result last;

    /** The outcome of the latest backup of this instance: when, where, how large, or what went wrong. */
    record Result(Instant at, boolean ok, Path file, long bytes, @Nullable String error) {
    }

    H2Backups(JdbcTemplate jdbc, @Value("${tambondesk.backup.dir:${tambondesk.data-dir:./data}/backups}") Path folder,
              @Value("${tambondesk.backup.keep:7}") int keep, Clock clock) {
        this.jdbc = jdbc;
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
    }

    @Scheduled(cron = "${tambondesk.backup.cron:0 30 1 * * *}", zone = "Asia/Bangkok")
    void nightly() {
        if (keep <= 0) {
            return;
        }
        try {
            backup();
        } catch (RuntimeException e) {
            // backup() has recorded and logged it; the next night tries again.
        }
    }

    /** Whether this database is H2 with its data in a file (an in-memory database has nothing to back up). */
    boolean applies() {
        Boolean known = h2;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
                String url = connection.getMetaData().getURL();
                return "H2".equals(connection.getMetaData().getDatabaseProductName()) && url != null
                        && !url.startsWith("jdbc:h2:mem:");
            }));
            h2 = known;
        }
        return known;
    }

    /** Writes a backup now and deletes the oldest beyond {@code keep}; returns its file, or empty if not H2. */
    Optional<Path> backup() {
        if (!applies()) {
            return Optional.empty();
        }
        Instant started = clock.instant();
        Path file = folder.resolve(PREFIX + STAMP.format(started) + SUFFIX).toAbsolutePath();
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            String target = partial.toString().replace("'", "''");
            jdbc.execute("backup to '" + target + "'");
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            long bytes = Files.size(file);
            last = new Result(started, true, file, bytes, null);
            log.info("Database backed up to {} ({} MB in {} s)", file, bytes / 1_000_000,
                    java.time.Duration.between(started, clock.instant()).toSeconds());
            prune();
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            last = new Result(started, false, file, 0, e.toString());
            log.error("The nightly database backup to {} failed: {}", folder.toAbsolutePath(), e.toString());
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Left for the next backup to delete.
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The backups in the folder, newest first. */
    List<Path> existing() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
                    })
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the newest backup in the folder was written, also from before this start. */
    Optional<Instant> newest() {
        List<Path> backups = existing();
        if (backups.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.getLastModifiedTime(backups.get(0)).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Optional<Result> last() {
        return Optional.ofNullable(last);
    }

    boolean enabled() {
        return keep > 0;
    }

    private void prune() throws IOException {
        List<Path> backups = existing();
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
            log.info("Deleted the old backup {}", old.getFileName());
        }
    }
}
