package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.tambondesk.conversation.State.Form.Stage;

/**
 * The stored conversation state keeps its JSON: a form stored by an older version (its step as a marker in
 * {@code asking}) reads as the same step, and is written back the same way.
 */
class StateJsonTest {

    private static final String STORED = """
            {"form":{"id":"f1","service":"road-repair","answers":{"place":{"text":"ซอย 3"}},"asking":"%s",
             "photos":0,"startedAt":"2026-12-01T02:00:00Z","lastActivity":"2026-12-01T02:05:00Z"}}""";

    @Test
    void aStepStoredAsAMarkerReadsAsThatStepAndIsWrittenBackAsIt() {
        for (Stage stage : new Stage[] {Stage.SUMMARY, Stage.EDIT, Stage.NEARBY}) {
            String marker = "@" + stage.name().toLowerCase();
            State state = Conversations.read(STORED.formatted(marker));

            assertThat(state.form).isNotNull();
            assertThat(state.form.stage).isEqualTo(stage);
            assertThat(state.form.field).isNull();
            assertThat(Conversations.write(state)).contains("\"asking\":\"" + marker + "\"");
        }
    }

    @Test
    void aFieldBeingAskedIsStoredByItsKey() {
        State state = Conversations.read(STORED.formatted("details"));

        assertThat(state.form).isNotNull();
        assertThat(state.form.stage).isEqualTo(Stage.FIELD);
        assertThat(state.form.field).isEqualTo("details");
        assertThat(state.form.answers).containsKey("place");

        state.form.at(Stage.SUMMARY);
        assertThat(Conversations.write(state)).contains("\"asking\":\"@summary\"").doesNotContain("stage")
                .doesNotContain("\"field\"");
        state.form.ask(null);
        assertThat(Conversations.write(state)).doesNotContain("asking");
    }
}
