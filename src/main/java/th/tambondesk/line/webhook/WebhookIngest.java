package th.tambondesk.line.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.parser.LineSignatureValidator;

import th.tambondesk.line.channel.LineChannelCondition;
import th.tambondesk.line.channel.LineProperties;
import th.tambondesk.line.queue.GroupCommit;
import th.tambondesk.line.queue.LineEventDispatcher;
import th.tambondesk.line.queue.LineEventStore;

/**
 * Checks webhook signatures and stores the raw events. Kept small on purpose: it is on the path LINE waits for.
 */
@Component
@Conditional(LineChannelCondition.class)
class WebhookIngest {

    /** LINE waits about ten seconds for the answer; past that it redelivers anyway. */
    private static final int STORE_TIMEOUT_SECONDS = 8;

    private final LineSignatureValidator signatures;
    private final LineEventStore store;
    private final LineEventDispatcher dispatcher;
    private final GroupCommit writes;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    WebhookIngest(LineSignatureValidator signatures, LineEventStore store, LineEventDispatcher dispatcher,
                  TransactionTemplate transaction, LineProperties properties, Clock clock) {
        this.signatures = signatures;
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.writes = new GroupCommit("line-webhook-writer", transaction, 256, 10_000);
    }

    /** Constant-time HMAC check; a missing or non-Base64 header is simply a mismatch. */
    boolean signatureMatches(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            return false;
        }
        try {
            return signatures.validateSignature(body, header.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /**
     * Stores every event of a signed body, committed before this returns; redelivered events are ignored. Returns
     * how many were new. Webhooks arriving together share one commit ({@link GroupCommit}). Throws a
     * {@link DataAccessException} when the events could not be stored, so that LINE is told to deliver again.
     */
    int accept(byte[] body) {
        List<LineEventStore.NewEvent> events = parse(body);
        if (events.isEmpty()) {
            return 0;
        }
        Integer stored;
        try {
            stored = writes.submit(() -> store.insertAll(events)).get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DataAccessException || e.getCause() instanceof TransactionException) {
                throw (RuntimeException) e.getCause();
            }
            throw new TransientDataAccessResourceException("events not stored: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new QueryTimeoutException("events not stored within " + STORE_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientDataAccessResourceException("interrupted while storing events", e);
        }
        dispatcher.wakeUp();
        return stored == null ? 0 : stored;
    }

    @PreDestroy
    void close() {
        writes.close();
    }

    private List<LineEventStore.NewEvent> parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedWebhookException("not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new MalformedWebhookException(String.valueOf(e.getMessage()));
        }
        if (root == null || !root.isObject() || !root.path("events").isArray()) {
            throw new MalformedWebhookException("no events array");
        }
        Instant now = clock.instant();
        List<LineEventStore.NewEvent> events = new ArrayList<>();
        for (JsonNode event : root.get("events")) {
            if (!event.isObject()) {
                throw new MalformedWebhookException("an event is not an object");
            }
            String raw = event.toString();
            events.add(new LineEventStore.NewEvent(
                    eventId(event, raw),
                    sourceKey(event.path("source")),
                    text(event.path("type"), "unknown"),
                    event.path("timestamp").canConvertToLong()
                            ? Instant.ofEpochMilli(event.path("timestamp").asLong()) : now,
                    now,
                    raw));
        }
        return events;
    }

    /** LINE's webhookEventId; payloads of the old shape have none, so their content is the identity. */
    private static String eventId(JsonNode event, String raw) {
        String id = event.path("webhookEventId").asText("");
        if (!id.isBlank() && id.length() <= 64) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Events of one user (or one group or room) are handled in order, one at a time. */
    static String sourceKey(JsonNode source) {
        String type = source.path("type").asText("");
        String key = switch (type) {
            case "group" -> "group:" + source.path("groupId").asText("");
            case "room" -> "room:" + source.path("roomId").asText("");
            default -> source.path("userId").asText("");
        };
        if (key.isBlank() || key.endsWith(":")) {
            return "-";
        }
        return key.length() > 80 ? key.substring(0, 80) : key;
    }

    private static String text(JsonNode node, String fallback) {
        String value = node.asText("");
        if (value.isBlank()) {
            return fallback;
        }
        return value.length() > 40 ? value.substring(0, 40) : value;
    }

    static final class MalformedWebhookException extends RuntimeException {
        MalformedWebhookException(String message) {
            super(message);
        }
    }
}
