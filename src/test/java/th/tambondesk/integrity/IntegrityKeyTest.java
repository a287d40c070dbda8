package th.tambondesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file: created once in the data folder, read back after, and found where earlier versions misplaced it. */
class IntegrityKeyTest {

    @TempDir
    Path dir;

    @Test
    void createsTheKeyOnceAndReadsItBack() {
        IntegrityProperties properties = properties(dir.resolve("data/integrity.key"));

        byte[] first = IntegrityKey.keyBytes(properties, dir.resolve("nowhere/integrity.key"));
        byte[] again = IntegrityKey.keyBytes(properties, dir.resolve("nowhere/integrity.key"));

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(dir.resolve("data/integrity.key")).exists();
    }

    @Test
    void movesAKeyThatAnEarlierVersionWroteToTheWrongFolder() throws Exception {
        byte[] original = new byte[32];
        original[0] = 42;
        Path misplaced = dir.resolve("${tambondesk.data-dir:./data}/integrity.key");
        Files.createDirectories(misplaced.getParent());
        Files.writeString(misplaced, Base64.getEncoder().encodeToString(original) + "\n", StandardCharsets.US_ASCII);

        byte[] key = IntegrityKey.keyBytes(properties(dir.resolve("data/integrity.key")), misplaced);

        assertThat(key).isEqualTo(original);
        assertThat(misplaced).doesNotExist();
        assertThat(dir.resolve("data/integrity.key")).exists();
    }

    private static IntegrityProperties properties(Path keyFile) {
        return new IntegrityProperties("", keyFile.toString(), Duration.ofDays(1095), 5);
    }
}
