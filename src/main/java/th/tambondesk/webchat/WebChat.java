package th.tambondesk.webchat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tambondesk.conversation.Answer;
import th.tambondesk.conversation.Channel;
import th.tambondesk.conversation.Dialogue;
import th.tambondesk.conversation.Input;
import th.tambondesk.conversation.Reply;
import th.tambondesk.conversation.ResidentRef;

/**
 * Runs the dialogue for a browser session and keeps its transcript, so the page shows the whole conversation and
 * later messages from staff.
 */
@Service
class WebChat {

    private final Dialogue dialogue;
    private final ChatMessages messages;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WebChat(Dialogue dialogue, ChatMessages messages, ObjectMapper json, TransactionTemplate transaction, Clock clock) {
        this.dialogue = dialogue;
        this.messages = messages;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A line of the transcript, oldest first. {@code reply} is null for what the resident said. */
    record Entry(long id, boolean fromResident, @Nullable String said, @Nullable Reply reply, @Nullable Instant at) {
    }

    @Transactional(readOnly = true)
    List<Entry> transcript(String sessionKey) {
        List<ChatMessage> newestFirst = messages.findTop200BySessionKeyOrderByIdDesc(sessionKey);
        List<Entry> entries = new ArrayList<>(newestFirst.size());
        for (ChatMessage message : newestFirst) {
            entries.add(message.author() == ChatMessage.Author.RESIDENT
                    ? new Entry(message.id(), true, message.body(), null, message.createdAt())
                    : new Entry(message.id(), false, null, read(message.body()), message.createdAt()));
        }
        Collections.reverse(entries);
        return entries;
    }

    /** What a new visitor sees before saying anything. Not stored, not counted. */
    List<Reply> welcome() {
        return dialogue.welcome();
    }

    /**
     * Hands what the resident sent to the dialogue and stores both sides. {@code said} is how the resident's
     * message appears in the transcript.
     */
    /**
     * Returns the exchange when it was confidential (the integrity channel): then nothing of it is stored, and the
     * page shows it once, from the flash. Returns an empty list otherwise.
     */
    List<Entry> send(String sessionKey, Input input, String said) {
        // Two posts of one browser at once (a double click) race for the same conversation state: the loser's
        // transaction fails on the state's version and is simply run again, now seeing what the winner did.
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> store(sessionKey, input, said));
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private List<Entry> store(String sessionKey, Input input, String said) {
        Instant now = clock.instant();
        Answer answer = dialogue.handle(new ResidentRef(Channel.WEB, sessionKey), input);
        if (answer.confidential()) {
            List<Entry> shown = new ArrayList<>();
            shown.add(new Entry(0, true, said, null, now));
            answer.replies().forEach(reply -> shown.add(new Entry(0, false, null, reply, now)));
            return shown;
        }
        if (!messages.existsBySessionKey(sessionKey)) {
            for (Reply reply : dialogue.welcome()) {
                messages.save(new ChatMessage(sessionKey, ChatMessage.Author.BOT, write(reply), now));
            }
        }
        messages.save(new ChatMessage(sessionKey, ChatMessage.Author.RESIDENT, said, now));
        for (Reply reply : answer.replies()) {
            messages.save(new ChatMessage(sessionKey, ChatMessage.Author.BOT, write(reply), now));
        }
        return List.of();
    }

    /** A confidential exchange as the flash carries it: text, so that it can be sealed and kept in the session. */
    String flash(List<Entry> exchange) {
        try {
            return json.writeValueAsString(exchange);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a confidential exchange could not be shown", e);
        }
    }

    List<Entry> fromFlash(String flashed) {
        try {
            return json.readValue(flashed, new TypeReference<List<Entry>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private String write(Reply reply) {
        try {
            return json.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be stored", e);
        }
    }

    private Reply read(String body) {
        try {
            return json.readValue(body, Reply.class);
        } catch (JsonProcessingException e) {
            return Reply.Text.of("…");
        }
    }
}
