package th.tambondesk.conversation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the dialogue remembers between two messages of one resident, stored as JSON so a restart loses nothing.
 * Plain mutable fields: it is read, changed and written back within one transaction.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonState
class State {

    /** The request form being filled in, or null. */
    public @Nullable Form form;
    /** A service to start once the resident has agreed to the privacy notice. */
    public @Nullable PendingStart pending;
    /** The last text that matched nothing, offered as a general request. */
    public @Nullable String unmatchedText;
    /** The last form confirmed, so a second tap on its ยืนยัน opens no second case. */
    public @Nullable Finished lastFinished;
    /** The case whose rating was just given, while a comment may follow. */
    public @Nullable String ratedCase;
    /** The finished case the resident says is not fixed, while they tell what is still wrong. */
    public @Nullable String reopening;
    /** Photos given for that so far. */
    public int reopenPhotos;
    /** The open case the resident is withdrawing, while they give a reason. */
    public @Nullable String withdrawing;
    /** A corruption report being written, or a report being followed. Only opaque ids, never its content. */
    public @Nullable Integrity integrity;

    boolean isEmpty() {
        return form == null && pending == null && unmatchedText == null && lastFinished == null && integrity == null
                && ratedCase == null && reopening == null && withdrawing == null;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonState
    static class Integrity {
        /** The sealed draft in the integrity module. */
        public @Nullable String draft;
        /** The step being asked. */
        public IntegrityStep step;
        /** A follow-up handle, while the reporter adds information to a sent report. */
        public @Nullable String handle;
        public int evidence;
        public Instant lastActivity;
    }

    /** Where a report of the integrity channel stands (stored by name). */
    enum IntegrityStep {
        CATEGORY, WHO, WHAT, WHEN, WHERE, EVIDENCE, IDENTITY, NAME, PHONE, SUMMARY,
        /** Asked for a receipt code to follow a report. */
        ASK_CODE,
        /** Adding information to a sent report. */
        ADD,
        /** A sent report is shown; its buttons may follow. */
        FOLLOWING
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonState
    static class Form {
        public String id;
        public String service;
        /** Answers by field key, in the order given. */
        public Map<String, Answer> answers = new LinkedHashMap<>();
        /** The field key being asked, or {@link #SUMMARY} or {@link #EDIT}. */
        public @Nullable String asking;
        /** After answering the field being edited, go back to the summary. */
        public boolean backToSummary;
        public int photos;
        /** An open case near the place given, offered to join instead ({@link #NEARBY}). */
        public @Nullable Long nearbyCase;
        /** The resident chose to report anew: not offered again for this form. */
        public boolean nearbyDeclined;
        public Instant startedAt;
        public Instant lastActivity;
        /** Sending was refused until then (too many cases lately): the form is kept at least that long. */
        public @Nullable Instant heldUntil;

        static final String SUMMARY = "@summary";
        static final String EDIT = "@edit";
        static final String NEARBY = "@nearby";
    }

    /** One answer: text, a place (coordinates and/or words), or skipped. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(@Nullable String text, @Nullable Double latitude, @Nullable Double longitude, @Nullable Boolean skipped) {

        static Answer text(String text) {
            return new Answer(text, null, null, null);
        }

        static Answer place(double latitude, double longitude, @Nullable String description) {
            return new Answer(description, latitude, longitude, null);
        }

        static Answer skip() {
            return new Answer(null, null, null, true);
        }

        boolean isSkipped() {
            return Boolean.TRUE.equals(skipped);
        }
    }

    record PendingStart(String service, @Nullable String prefill) {
    }

    record Finished(String formId, String trackingCode) {
    }

    static Map<String, Answer> copy(Map<String, Answer> answers) {
        return new LinkedHashMap<>(answers);
    }
}
