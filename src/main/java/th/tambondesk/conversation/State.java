package th.tambondesk.conversation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

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
        /** The step the form is at. */
        @JsonIgnore
        public Stage stage = Stage.FIELD;
        /** The key of the field being asked, while the stage is {@link Stage#FIELD} (none yet when null). */
        @JsonIgnore
        public @Nullable String field;
        /** After answering the field being edited, go back to the summary. */
        public boolean backToSummary;
        public int photos;
        /** An open case near the place given, offered to join instead ({@link Stage#NEARBY}). */
        public @Nullable Long nearbyCase;
        /** The resident chose to report anew: not offered again for this form. */
        public boolean nearbyDeclined;
        public Instant startedAt;
        public Instant lastActivity;
        /** Sending was refused until then (too many cases lately): the form is kept at least that long. */
        public @Nullable Instant heldUntil;

        /** Asks the field {@code key} next (with null: the next field not answered yet). */
        void ask(@Nullable String key) {
            stage = Stage.FIELD;
            field = key;
        }

        /** Moves to a step beside the fields. */
        void at(Stage step) {
            stage = step;
            field = null;
        }

        /** Stored in one value, as from the first version on: the key of the field asked, or the step's marker. */
        @JsonProperty("asking")
        @Nullable String asking() {
            return stage == Stage.FIELD ? field : stage.marker;
        }

        @JsonProperty("asking")
        void asking(@Nullable String stored) {
            stage = Stage.ofStored(stored);
            field = stage == Stage.FIELD ? stored : null;
        }

        /** Where a form stands: asking its fields, or at a step beside them. */
        enum Stage {
            FIELD(null),
            /** The summary, waiting for ยืนยัน. */
            SUMMARY("@summary"),
            /** Choosing the field to change. */
            EDIT("@edit"),
            /** An open case nearby is offered to join instead of reporting anew. */
            NEARBY("@nearby");

            /** How the step is stored in {@code asking}. */
            private final @Nullable String marker;

            Stage(@Nullable String marker) {
                this.marker = marker;
            }

            /** The summary (or its edit menu) is what the resident sees at this step. */
            boolean showsSummary() {
                return this == SUMMARY || this == EDIT;
            }

            static Stage ofStored(@Nullable String asking) {
                for (Stage stage : values()) {
                    if (stage.marker != null && stage.marker.equals(asking)) {
                        return stage;
                    }
                }
                return FIELD;
            }
        }
    }

    /** One answer: text, a place (coordinates and/or words), or skipped. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(@Nullable String text, @Nullable Double latitude, @Nullable Double longitude,
                  @Nullable Boolean skipped) {

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
