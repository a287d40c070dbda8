package th.tambondesk.conversation;

import java.util.List;

/** One card of {@link Reply.Cards}: a title, a few lines of detail and its buttons. */
public record Card(String title, List<String> lines, List<Choice> choices) {

    public Card {
        lines = List.copyOf(lines);
        choices = List.copyOf(choices);
    }
}
