package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of processing. The application runs as a separate process; residents send texts and
 * photos while LINE is slow (each call and each photo download takes a second), the process is killed without
 * warning, and a new one starts on the same database. Afterwards every stored event has been handled once (one
 * inbound interaction-log entry per event, written in the event's transaction) and LINE, played by {@link LineEmulator}, has taken exactly one answer
 * per resident, though some replies were in flight at the kill.
 */
class KillNineTest {

    static final int TEXTS = 12;
    static final int PHOTOS = 8;
    static final LineEmulator LINE = new LineEmulator();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path dir;

    static String jdbcUrl;
    static String jdbcUser = "sa";

    final Map<String, String> tokenOwners = new ConcurrentHashMap<>();

    @BeforeAll
    static void database() throws SQLException {
        String postgres = System.getenv("TAMBONDESK_DB_URL");
        boolean onPostgres = String.valueOf(System.getenv("SPRING_PROFILES_ACTIVE")).contains("postgres")
                && postgres != null;
        if (onPostgres) {
            jdbcUser = System.getenv().getOrDefault("TAMBONDESK_DB_USER", "postgres");
            try (Connection c = DriverManager.getConnection(postgres, jdbcUser,
                    System.getenv().getOrDefault("TAMBONDESK_DB_PASSWORD", ""));
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists tambondesk_kill9");
                s.execute("create database tambondesk_kill9");
            }
            jdbcUrl = postgres.replaceFirst("/[^/?]+(\\?.*)?$", "/tambondesk_kill9");
        } else {
            jdbcUrl = "jdbc:h2:file:" + dir.resolve("kill9").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        }
    }

    @AfterAll
    static void stopLine() {
        LINE.close();
    }

    @Test
    void afterKillMinus9EachEventIsHandledOnceAndNoAnswerIsSentTwice() throws Exception {
        LINE.latency(1_000);
        App first = App.start(1);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < TEXTS + PHOTOS; i++) {
            String user = Webhooks.newUserId();
            Webhooks hook = i < TEXTS ? Webhooks.text(user, "สวัสดีค่ะ") : Webhooks.sample("image-set-1of2.json").user(user);
            tokenOwners.put(hook.replyToken(), user);
            users.add(user);
            assertThat(first.deliver(hook)).isEqualTo(200);
        }
        // Some answers are delivered, some replies are on their way, some photos are still being downloaded.
        await().atMost(Duration.ofSeconds(20)).until(() -> !LINE.deliveries().isEmpty());
        first.kill();
        int deliveredBeforeKill = LINE.deliveries().size();
        assertThat(deliveredBeforeKill).as("the kill came in the middle").isLessThan(users.size());

        LINE.latency(0);
        App second = App.start(2);
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> LINE.deliveriesPerUser(tokenOwners::get).keySet()
                    .containsAll(users));
            Thread.sleep(3_000);
        } finally {
            second.stop();
        }

        Map<String, Long> perUser = LINE.deliveriesPerUser(tokenOwners::get);
        Files.write(Path.of("target", "kill9-deliveries.txt"), LINE.deliveries().stream()
                .map(d -> d.via() + " to=" + (d.to() != null ? d.to() : tokenOwners.get(d.replyToken())) + " token="
                        + d.replyToken() + " key=" + d.retryKey() + " at=" + d.atNanos() + " " + d.messages())
                .toList());
        assertThat(perUser).as("one answer each, none twice").containsOnlyKeys(users)
                .allSatisfy((user, count) -> assertThat(count).as(user + ": " + LINE.deliveries().stream()
                        .filter(d -> user.equals(d.to())
                                || (d.replyToken() != null && user.equals(tokenOwners.get(d.replyToken()))))
                        .map(d -> d.via() + " " + d.replyToken() + " " + d.retryKey() + " " + d.messages()).toList())
                        .isEqualTo(1L));
        try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, "")) {
            assertThat(count(c, "select count(*) from line_event")).isEqualTo(users.size());
            assertThat(count(c, "select count(*) from line_event where status = 'DONE'")).isEqualTo(users.size());
            assertThat(count(c, "select count(*) from interaction_log where direction = 'IN'"))
                    .as("each event handled once").isEqualTo(users.size());
            assertThat(count(c, "select count(*) from line_outbox where status = 'SENT'")).isEqualTo(users.size());
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The application in a process of its own, on the test's database and LINE. */
    record App(Process process, int port) {

        static App start(int run) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(p -> new File(p).getAbsolutePath()).collect(Collectors.joining(File.pathSeparator));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-XX:TieredStopAtLevel=1", "-cp", classpath, "th.tambondesk.TambonDeskApplication",
                    "--server.port=" + port,
                    "--management.server.port=" + port,
                    "--spring.datasource.url=" + jdbcUrl,
                    "--line.bot.channel-secret=" + Webhooks.SECRET,
                    "--line.bot.channel-token=" + Webhooks.TOKEN,
                    "--line.bot.api-end-point=" + LINE.baseUrl(),
                    "--line.bot.blob-end-point=" + LINE.baseUrl(),
                    "--tambondesk.line.lease=5s",
                    "--tambondesk.line.send-lease=5s",
                    "--tambondesk.data-dir=" + dir.resolve("data"),
                    "--logging.level.th.tambondesk=INFO"));
            if (!jdbcUser.isEmpty()) {
                command.add("--spring.datasource.username=" + jdbcUser);
            }
            Path log = Path.of("target", "kill9-run" + run + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            App app = new App(process, port);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application stopped; see " + log);
                }
                return app.healthy();
            });
            return app;
        }

        boolean healthy() {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        int deliver(Webhooks hook) throws IOException, InterruptedException {
            byte[] body = hook.bytes();
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
                    .header("Content-Type", "application/json").header("x-line-signature", Webhooks.sign(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        /** SIGKILL: no shutdown hook, no lease handed back, connections cut. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
