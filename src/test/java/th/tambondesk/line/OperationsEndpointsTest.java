package th.tambondesk.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Health and metrics on the management port, not on the application's: the LINE backlog and the module events in
 * {@code /actuator/health}, DOWN when an answer has waited longer than the stall limit without being taken up, and the
 * same figures for Prometheus.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "tambondesk.health.stall-after=10m"})
@DirtiesContext
class OperationsEndpointsTest {

    static final LineStub LINE = new LineStub();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalManagementPort
    int management;

    @LocalServerPort
    int application;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void line(DynamicPropertyRegistry registry) {
        Webhooks.channel(registry, LINE::baseUrl);
    }

    @Test
    void healthTellsTheBacklogAndTurnsDownWhenAnswersStopMovingAndMetricsSayTheSame() throws Exception {
        // An answer due for 20 minutes, held by an instance that never sends it.
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(20));
        String recipient = "U" + UUID.randomUUID().toString().replace("-", "");
        jdbc.update("""
                insert into line_outbox (recipient, retry_key, messages, status, attempts, next_attempt_at, lease_owner,
                                         lease_until, created_at)
                values (?, ?, '[]', 'PENDING', 0, ?, 'an-instance-that-hangs', ?, ?)
                """, recipient, UUID.randomUUID().toString(), Timestamp.from(longAgo),
                Timestamp.from(Instant.now().plus(Duration.ofDays(1))), Timestamp.from(longAgo));
        try {
            HttpResponse<String> stalled = get(management, "/actuator/health");
            JsonNode health = JSON.readTree(stalled.body());
            assertThat(stalled.statusCode()).isEqualTo(503);
            assertThat(health.at("/components/line/status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/components/line/details/stalled").asText()).contains("not been sent");
            assertThat(health.at("/components/line/details/answersWaiting").asLong()).isPositive();
            assertThat(health.at("/components/moduleEvents/details/incomplete").isNumber()).isTrue();
            assertThat(health.at("/components/backup/status").asText()).as("in-memory test database")
                    .isEqualTo("UNKNOWN");
        } finally {
            jdbc.update("delete from line_outbox where recipient = ?", recipient);
        }

        String metrics = get(management, "/actuator/prometheus").body();
        assertThat(metrics).contains("tambondesk_line_answers_waiting", "tambondesk_line_events_waiting",
                "tambondesk_line_events_failed", "tambondesk_events_incomplete");

        assertThat(get(application, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
        assertThat(get(application, "/actuator/health").statusCode()).isNotEqualTo(200);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
