package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import th.tambondesk.common.MutableClock;

/**
 * The nightly online backup of an H2 file database: a zip written while the database is open, that restores (unzipped
 * into an empty data folder, as README says) to a database with every row, and only the newest N are kept.
 */
class H2BackupsTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T18:30:00Z"));

    @Test
    void backsUpWhileOpenKeepsTheNewestAndTheBackupRestores() throws Exception {
        SingleConnectionDataSource running = h2(dir.resolve("data"));
        JdbcTemplate jdbc = new JdbcTemplate(running);
        jdbc.execute("create table service_case (id bigint primary key, detail varchar(100))");
        jdbc.update("insert into service_case values (1, 'ไฟดับหน้าวัด'), (2, 'ขอน้ำ หมู่ 3')");
        H2Backups backups = new H2Backups(jdbc, dir.resolve("data/backups"), 2, clock);
        assertThat(backups.applies()).isTrue();

        Path first = backups.backup().orElseThrow();
        clock.advance(Duration.ofDays(1));
        jdbc.update("insert into service_case values (3, 'ถนนชำรุด')");
        Path second = backups.backup().orElseThrow();
        clock.advance(Duration.ofDays(1));
        Path third = backups.backup().orElseThrow();

        assertThat(backups.existing()).containsExactly(third, second);
        assertThat(first).doesNotExist();
        assertThat(Files.list(dir.resolve("data/backups")).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.endsWith(".part"));
        assertThat(backups.last()).get().satisfies(last -> assertThat(last.ok()).isTrue());
        running.destroy();

        Path restored = dir.resolve("restored");
        unzip(third, restored);
        SingleConnectionDataSource copy = h2(restored);
        try {
            assertThat(new JdbcTemplate(copy).queryForList("select detail from service_case order by id", String.class))
                    .containsExactly("ไฟดับหน้าวัด", "ขอน้ำ หมู่ 3", "ถนนชำรุด");
        } finally {
            copy.destroy();
        }
    }

    @Test
    void anInMemoryDatabaseHasNothingToBackUp() {
        SingleConnectionDataSource memory = new SingleConnectionDataSource("jdbc:h2:mem:nothing-to-back-up", "sa", "",
                true);
        try {
            H2Backups backups = new H2Backups(new JdbcTemplate(memory), dir, 7, clock);
            assertThat(backups.applies()).isFalse();
            assertThat(backups.backup()).isEmpty();
            assertThat(backups.existing()).isEmpty();
        } finally {
            memory.destroy();
        }
    }

    private static SingleConnectionDataSource h2(Path folder) {
        return new SingleConnectionDataSource("jdbc:h2:file:" + folder.resolve("tambondesk")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            List<String> names = new java.util.ArrayList<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                Files.copy((InputStream) in, into.resolve(Path.of(entry.getName()).getFileName()));
            }
            assertThat(names).containsExactly("tambondesk.mv.db");
        }
    }
}
