package th.tambondesk.line;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.bot.parser.LineSignatureValidator;


/**
 * Real webhook payloads from LINE's reference ({@code src/test/resources/line/webhooks}), made unique for one test:
 * a fresh event id, user and reply token, and the current time, unless a test sets them.
 */
final class Webhooks {

    static final String SECRET = "test-channel-secret";
    static final String TOKEN = "TEST_CHANNEL_TOKEN";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private Webhooks(ObjectNode root) {
        this.root = root;
    }

    /** The first event of a sample file, made unique. */
    static Webhooks sample(String file) {
        try (InputStream in = Webhooks.class.getResourceAsStream("/line/webhooks/" + file)) {
            ObjectNode root = (ObjectNode) JSON.readTree(in);
            Webhooks hook = new Webhooks(root);
            hook.event(e -> {
                e.put("webhookEventId", newEventId());
                e.put("timestamp", Instant.now().toEpochMilli());
                if (e.has("replyToken")) {
                    e.put("replyToken", UUID.randomUUID().toString().replace("-", ""));
                }
                if (e.path("message").has("id")) {
                    ((ObjectNode) e.get("message")).put("id", String.valueOf(System.nanoTime()));
                }
            });
            if ("user".equals(hook.firstEvent().path("source").path("type").asText())) {
                hook.user(newUserId());
            }
            return hook;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newUserId() {
        return "U" + UUID.randomUUID().toString().replace("-", "");
    }

    static String newEventId() {
        return "01TEST" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    }

    ObjectNode firstEvent() {
        return (ObjectNode) root.get("events").get(0);
    }

    Webhooks event(Consumer<ObjectNode> change) {
        root.get("events").forEach(e -> change.accept((ObjectNode) e));
        return this;
    }

    Webhooks user(String userId) {
        return event(e -> ((ObjectNode) e.get("source")).put("userId", userId));
    }

    Webhooks text(String text) {
        return event(e -> ((ObjectNode) e.get("message")).put("text", text));
    }

    Webhooks postback(String data) {
        return event(e -> ((ObjectNode) e.get("postback")).put("data", data));
    }

    Webhooks occurredAt(Instant at) {
        return event(e -> e.put("timestamp", at.toEpochMilli()));
    }

    Webhooks redelivered() {
        return event(e -> ((ObjectNode) e.get("deliveryContext")).put("isRedelivery", true));
    }

    String userId() {
        return firstEvent().path("source").path("userId").asText();
    }

    String eventId() {
        return firstEvent().path("webhookEventId").asText();
    }

    String replyToken() {
        return firstEvent().path("replyToken").asText();
    }

    byte[] bytes() {
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The signed POST to /callback that LINE would make. */
    MockHttpServletRequestBuilder request() {
        byte[] body = bytes();
        return MockMvcRequestBuilders.post("/callback").header("x-line-signature", sign(body))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Turns the test channel on, with LINE's API at {@code baseUrl}. */
    static void channel(DynamicPropertyRegistry registry, Supplier<Object> baseUrl) {
        registry.add("line.bot.channel-secret", () -> SECRET);
        registry.add("line.bot.channel-token", () -> TOKEN);
        registry.add("line.bot.api-end-point", baseUrl);
        registry.add("line.bot.blob-end-point", baseUrl);
    }

    static String sign(byte[] body) {
        return Base64.getEncoder().encodeToString(
                new LineSignatureValidator(SECRET.getBytes(StandardCharsets.US_ASCII)).generateSignature(body));
    }

    /** A single text message from a user, built on the reference's text example. */
    static Webhooks text(String userId, String text) {
        Webhooks hook = sample("mixed-text-follow-unfollow.json");
        ArrayNode events = (ArrayNode) hook.root.get("events");
        while (events.size() > 1) {
            events.remove(events.size() - 1);
        }
        return hook.user(userId).text(text);
    }
}
