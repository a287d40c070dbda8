package th.tambondesk.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One message of a resident being handled: who, what they had going on, and what the dialogue says back. */
class Turn {

    final ResidentRef resident;
    final String residentId;
    /** What the statistics and the resident's cases know them by ({@link Pseudonyms}). */
    final String pseudonym;
    final State state;
    final Instant now;
    final List<Reply> replies = new ArrayList<>();
    /** The service of a form that ran out of time before this message, or null. */
    @Nullable String timedOutService;
    /** A corruption report ran out of time before this message. */
    boolean integrityTimedOut;
    /**
     * Part of the integrity channel: nothing of this turn may be kept with who the resident is (no interaction log
     * row under their pseudonym, no transcript, the raw LINE event redacted).
     */
    boolean confidential;
    /** A stored state was loaded for this turn (otherwise there is nothing to delete when it ends empty). */
    boolean remembered;
    /** Said first and never cut when the answer is too long: the numbers to call in an emergency. */
    @Nullable Reply urgent;

    Turn(ResidentRef resident, String pseudonym, State state, Instant now) {
        this.resident = resident;
        this.residentId = idOf(resident);
        this.pseudonym = pseudonym;
        this.state = state;
        this.now = now;
    }

    static String idOf(ResidentRef resident) {
        return resident.channel().name() + ":" + resident.key();
    }

    void say(Reply reply) {
        replies.add(reply);
    }

    void say(String text) {
        replies.add(Reply.Text.of(text));
    }
}
