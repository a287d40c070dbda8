package th.tambondesk.line.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.webhook.model.Event;

/**
 * JSON of LINE's models with the SDK's own mapper. Lists of messages are written through their declared type:
 * written as a plain list, Jackson would drop each message's {@code type}.
 */
public final class LineJson {

    private static final ObjectMapper MAPPER = ModelObjectMapper.createNewObjectMapper();
    private static final TypeReference<List<Message>> MESSAGES = new TypeReference<>() {
    };
    private static final ObjectWriter MESSAGES_WRITER = MAPPER.writerFor(MESSAGES);

    private LineJson() {
    }

    static String write(List<Message> messages) {
        try {
            return MESSAGES_WRITER.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("LINE messages could not be written", e);
        }
    }

    /** The messages as a JSON tree, built from their tokens without writing them out as text and parsing it back. */
    static JsonNode tree(List<Message> messages) {
        try (TokenBuffer tokens = new TokenBuffer(MAPPER, false)) {
            MESSAGES_WRITER.writeValue(tokens, messages);
            try (JsonParser parser = tokens.asParser()) {
                return MAPPER.readTree(parser);
            }
        } catch (IOException e) {
            throw new IllegalStateException("LINE messages could not be written", e);
        }
    }

    static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("LINE messages could not be written", e);
        }
    }

    /** How many bytes {@code node} takes as compact UTF-8 JSON, counted as it is written (no string is built). */
    static long utf8Length(JsonNode node) {
        class Counter extends OutputStream {
            long count;

            @Override
            public void write(int b) {
                count++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count += len;
            }
        }
        Counter counter = new Counter();
        try {
            MAPPER.writeValue(counter, node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return counter.count;
    }

    public static List<Message> messages(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, MESSAGES);
    }

    public static Event event(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Event.class);
    }
}
