package th.tambondesk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import th.tambondesk.integrity.DraftId;
import th.tambondesk.integrity.IntegrityReports;

/** Loads and stores each resident's {@link State}, and ends forms nobody answers. */
@Component
class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Memories memories;
    private final Pseudonyms pseudonyms;
    private final PendingPhotos photos;
    private final IntegrityReports integrity;
    private final ConversationProperties properties;
    private final Clock clock;

    Conversations(Memories memories, PendingPhotos photos, IntegrityReports integrity, ConversationProperties properties,
                  Pseudonyms pseudonyms, Clock clock) {
        this.memories = memories;
        this.pseudonyms = pseudonyms;
        this.photos = photos;
        this.integrity = integrity;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the resident is in the middle of the integrity channel, read without changing anything. */
    boolean inIntegrityChannel(ResidentRef resident) {
        return memories.findById(Turn.idOf(resident)).map(m -> read(m.state()).integrity != null).orElse(false);
    }

    /** A form refused for too many cases counts as active until it may be sent, so waiting loses nothing. */
    private static Instant idleSince(State.Form form) {
        return form.heldUntil != null && form.heldUntil.isAfter(form.lastActivity) ? form.heldUntil : form.lastActivity;
    }

    Turn load(ResidentRef resident, Instant now) {
        String id = Turn.idOf(resident);
        Optional<Memory> memory = memories.findById(id);
        State state = memory.map(m -> read(m.state())).orElseGet(State::new);
        Turn turn = new Turn(resident, pseudonyms.of(resident), state, now);
        turn.remembered = memory.isPresent();
        if (state.integrity != null) {
            turn.confidential = true;
            if (state.integrity.lastActivity == null
                    || state.integrity.lastActivity.plus(properties.formTimeout()).isBefore(now)) {
                if (state.integrity.draft != null) {
                    integrity.discard(DraftId.parse(state.integrity.draft));
                }
                state.integrity = null;
                turn.integrityTimedOut = true;
            }
        }
        State.Form form = state.form;
        if (form != null && form.lastActivity != null
                && idleSince(form).plus(properties.formTimeout()).isBefore(now)) {
            turn.timedOutService = form.service;
            state.form = null;
            photos.deleteByResidentId(id);
        }
        return turn;
    }

    void save(Turn turn) {
        if (turn.state.isEmpty()) {
            // Most messages (menus, answers) leave nothing to remember: no second look for a row that was not there.
            if (turn.remembered) {
                memories.findById(turn.residentId).ifPresent(memories::delete);
            }
            return;
        }
        if (turn.state.form != null) {
            turn.state.form.lastActivity = turn.now;
        }
        if (turn.state.integrity != null) {
            turn.state.integrity.lastActivity = turn.now;
        }
        String state = write(turn.state);
        Memory memory = memories.findById(turn.residentId).orElse(null);
        if (memory == null) {
            memory = new Memory(turn.residentId, state, turn.now);
        } else {
            memory.update(state, turn.now);
        }
        memories.save(memory);
    }

    /** Forgets everything about a resident's conversation: state and unconfirmed photos. */
    void forget(String residentId) {
        memories.findById(residentId).ifPresent(memories::delete);
        photos.deleteByResidentId(residentId);
    }

    /** Deletes the memory of conversations idle for a day, with any photos of forms never confirmed. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    void forgetIdle() {
        Instant before = clock.instant().minus(properties.memory());
        int count = 0;
        for (String id : memories.idleSince(before)) {
            forget(id);
            count++;
        }
        if (count > 0) {
            log.info("Forgot {} idle conversations", count);
        }
    }

    /** The stored state; unreadable JSON starts afresh. */
    static State read(String text) {
        try {
            return JSON.readValue(text, State.class);
        } catch (JsonProcessingException e) {
            log.warn("Unreadable conversation state, starting afresh: {}", e.getOriginalMessage());
            return new State();
        }
    }

    static String write(State state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
