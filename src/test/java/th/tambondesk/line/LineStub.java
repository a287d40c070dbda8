package th.tambondesk.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import th.tambondesk.line.render.LineMessageLimits;

/**
 * WireMock standing in for LINE's API and content hosts. Every message request it receives can be checked against
 * LINE's OpenAPI schema and the limits the schema does not carry.
 */
final class LineStub {

    static final String REPLY = "/v2/bot/message/reply";
    static final String PUSH = "/v2/bot/message/push";

    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    LineStub() {
        server.start();
        reset();
    }

    String baseUrl() {
        return server.baseUrl() + "/";
    }

    /** Forgets requests and stubs, then answers every send with 200. */
    void reset() {
        server.resetAll();
        server.stubFor(post(urlEqualTo(REPLY)).willReturn(okJson("{\"sentMessages\":[{\"id\":\"1\"}]}")));
        server.stubFor(post(urlEqualTo(PUSH)).willReturn(okJson("{\"sentMessages\":[{\"id\":\"2\"}]}")));
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not found\"}")));
    }

    List<LoggedRequest> replies() {
        return server.findAll(postRequestedFor(urlEqualTo(REPLY)));
    }

    List<LoggedRequest> pushes() {
        return server.findAll(postRequestedFor(urlEqualTo(PUSH)));
    }

    List<LoggedRequest> sends() {
        List<LoggedRequest> all = new ArrayList<>();
        all.addAll(replies());
        all.addAll(pushes());
        return all;
    }

    List<LoggedRequest> sendsTo(String recipientOrToken) {
        return sends().stream().filter(r -> r.getBodyAsString().contains("\"" + recipientOrToken + "\"")).toList();
    }

    /** LINE's content API answers this message id with these bytes. */
    void stubContent(String messageId, String contentType, byte[] bytes) {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        urlEqualTo("/v2/bot/message/" + messageId + "/content"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(bytes)));
    }

    /** The data of the postback button or quick reply with this label in a sent request. */
    static String postbackData(LoggedRequest request, String label) {
        List<JsonNode> found = new ArrayList<>();
        collectActions(body(request), found);
        return found.stream()
                .filter(a -> label.equals(a.path("label").asText()) && a.has("data"))
                .map(a -> a.get("data").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + request.getBodyAsString()));
    }

    private static void collectActions(JsonNode node, List<JsonNode> found) {
        if (node.isObject()) {
            if (node.has("action") && node.get("action").isObject()) {
                found.add(node.get("action"));
            }
            node.forEach(child -> collectActions(child, found));
        } else if (node.isArray()) {
            node.forEach(child -> collectActions(child, found));
        }
    }

    static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + request.getBodyAsString(), e);
        }
    }

    /** Every reply and push received so far is what LINE's API accepts. */
    void assertAllSendsValid() {
        for (LoggedRequest request : server.findAll(anyRequestedFor(urlPathMatching("/v2/bot/message/(reply|push)")))) {
            JsonNode body = body(request);
            String schema = request.getUrl().endsWith("reply") ? "ReplyMessageRequest" : "PushMessageRequest";
            assertThat(LineOpenApi.MESSAGING.validate(schema, body))
                    .as("%s against LINE's OpenAPI schema: %s", request.getUrl(), body).isEmpty();
            assertThat(LineMessageLimits.violations(body.get("messages")))
                    .as("%s against LINE's limits: %s", request.getUrl(), body).isEmpty();
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + Webhooks.TOKEN);
            if (request.getUrl().endsWith("reply")) {
                assertThat(request.containsHeader("X-Line-Retry-Key")).as("reply must not carry a retry key").isFalse();
            } else {
                assertThat(request.getHeader("X-Line-Retry-Key")).as("push without retry key").isNotBlank();
            }
        }
    }
}
