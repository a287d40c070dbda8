package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Talks to the dialogue as one resident would, and counts the resident's actions. */
class DialogueTester {

    /** LINE shows at most 20 characters (UTF-16 units) of a quick reply or button label. */
    static final int LABEL_LIMIT = 20;

    final ResidentRef resident;
    private final Dialogue dialogue;
    List<Reply> last = List.of();
    boolean confidential;
    int actions;

    DialogueTester(Dialogue dialogue, Channel channel) {
        this.dialogue = dialogue;
        this.resident = new ResidentRef(channel, "test-" + UUID.randomUUID());
    }

    List<Reply> send(Input input) {
        actions++;
        Answer answer = dialogue.handle(resident, input);
        last = answer.replies();
        confidential = answer.confidential();
        assertThat(last).hasSizeBetween(0, Dialogue.MAX_REPLIES);
        for (Choice choice : choices()) {
            assertThat(choice.label().length()).as("button '%s' fits LINE's 20 characters", choice.label())
                    .isLessThanOrEqualTo(LABEL_LIMIT);
        }
        return last;
    }

    List<Reply> say(String text) {
        return send(new Input.Text(text));
    }

    /** Taps the button or quick reply with this label in the last answer. */
    List<Reply> tap(String label) {
        return send(new Input.Tap(choice(label).data(), null));
    }

    List<Reply> tapWithValue(String label, String value) {
        return send(new Input.Tap(choice(label).data(), value));
    }

    Choice.Tap choice(String label) {
        for (Choice choice : choices()) {
            if (choice.label().equals(label) && choice.action() instanceof Choice.Tap tap) {
                return tap;
            }
            if (choice.label().equals(label) && choice.action() instanceof Choice.PickDate date) {
                return new Choice.Tap(date.data(), label);
            }
        }
        throw new AssertionError("no button '" + label + "' in " + text());
    }

    List<Choice> choices() {
        List<Choice> all = new ArrayList<>();
        for (Reply reply : last) {
            if (reply instanceof Reply.Text t) {
                all.addAll(t.quickChoices());
            } else if (reply instanceof Reply.Buttons b) {
                all.addAll(b.choices());
            } else if (reply instanceof Reply.Cards c) {
                c.cards().forEach(card -> all.addAll(card.choices()));
            }
        }
        return all;
    }

    /** Everything the last answer says, as one text. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (Reply reply : last) {
            if (reply instanceof Reply.Text t) {
                out.append(t.text());
            } else if (reply instanceof Reply.Buttons b) {
                out.append(b.title()).append('\n').append(b.text());
            } else if (reply instanceof Reply.Cards c) {
                c.cards().forEach(card -> out.append(card.title()).append('\n').append(String.join("\n", card.lines())));
            }
            out.append("\n---\n");
        }
        choices().forEach(choice -> out.append('[').append(choice.label()).append("] "));
        return out.toString();
    }
}
