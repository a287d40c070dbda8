package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.TransactionExecution;

/**
 * What a {@code kill -9} leaves of an H2 file database is what H2 has written to the file: a copy of the file, taken
 * while the database is open, is that. H2 here writes nothing in the background for ten minutes, so only
 * {@link H2FileCommits} puts commits into the file.
 */
class H2FileCommitsTest {

    @TempDir
    Path dir;

    JdbcDataSource dataSource;
    Connection connection;
    H2FileCommits commits;

    @BeforeEach
    void open() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("live").toAbsolutePath() + ";WRITE_DELAY=600000";
        dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        connection = dataSource.getConnection();
        commits = new H2FileCommits(dataSource, url);
        execute("create table note (id int primary key)");
        commits.afterCommit(readWrite(), null);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aReadWriteCommitIsInTheFileWhenAfterCommitReturns() throws Exception {
        execute("insert into note values (1)");
        commits.afterCommit(readWrite(), null);
        execute("insert into note values (2)");

        assertThat(notesAfterAKill()).as("the second insert was committed, but not written").containsExactly(1);
    }

    @Test
    void readOnlyAndFailedCommitsWriteNothing() throws Exception {
        execute("insert into note values (1)");
        commits.afterCommit(readOnly(), null);
        commits.afterCommit(readWrite(), new IllegalStateException("commit failed"));

        assertThat(notesAfterAKill()).isEmpty();
    }

    @Test
    void commitsFromManyThreadsAreAllInTheFile() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(threads.submit(() -> {
                try (Connection own = dataSource.getConnection(); Statement statement = own.createStatement()) {
                    for (int i = 0; i < 50; i++) {
                        statement.execute("insert into note values (" + (thread * 1000 + i) + ")");
                        commits.afterCommit(readWrite(), null);
                    }
                }
                return null;
            }));
        }
        for (Future<?> each : done) {
            each.get();
        }
        threads.shutdown();

        assertThat(notesAfterAKill()).hasSize(400);
    }

    @Test
    void anotherDatabaseOrAnInMemoryH2IsLeftAlone() {
        H2FileCommits postgres = new H2FileCommits(dataSource, "jdbc:postgresql://127.0.0.1:5432/test");
        H2FileCommits memory = new H2FileCommits(dataSource, "jdbc:h2:mem:x");
        postgres.afterCommit(readWrite(), null);
        memory.afterCommit(readWrite(), null);
        execute("insert into note values (1)");
        postgres.afterCommit(readWrite(), null);
        memory.afterCommit(readWrite(), null);

        assertThat(notesAfterAKill()).isEmpty();
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a copy of the file as it is now, as the next start after a kill would. */
    private List<Integer> notesAfterAKill() {
        try {
            Path copy = dir.resolve("copy-" + System.nanoTime());
            Files.copy(dir.resolve("live.mv.db"), Path.of(copy + ".mv.db"));
            List<Integer> ids = new ArrayList<>();
            try (Connection reopened = DriverManager.getConnection("jdbc:h2:file:" + copy.toAbsolutePath(), "sa", "");
                 Statement statement = reopened.createStatement()) {
                boolean exists;
                try (ResultSet tables = statement.executeQuery(
                        "select count(*) from information_schema.tables where table_name = 'NOTE'")) {
                    tables.next();
                    exists = tables.getInt(1) == 1;
                }
                if (exists) {
                    try (ResultSet rows = statement.executeQuery("select id from note order by id")) {
                        while (rows.next()) {
                            ids.add(rows.getInt(1));
                        }
                    }
                }
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TransactionExecution readWrite() {
        return new TransactionExecution() {
            @Override
            public boolean isNewTransaction() {
                return true;
            }
        };
    }

    private static TransactionExecution readOnly() {
        return new TransactionExecution() {
            @Override
            public boolean isNewTransaction() {
                return true;
            }

            @Override
            public boolean isReadOnly() {
                return true;
            }
        };
    }
}
