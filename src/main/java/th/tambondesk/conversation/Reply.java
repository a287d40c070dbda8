package th.tambondesk.conversation;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The dialogue's own small message model. Channels render it: {@code line} to LINE messages,
 * {@code webchat} to HTML.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Reply.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Reply.Buttons.class, name = "buttons"),
        @JsonSubTypes.Type(value = Reply.Cards.class, name = "cards"),
        @JsonSubTypes.Type(value = Reply.Image.class, name = "image")})
public sealed interface Reply {

    /** Plain text, optionally with quick choices shown under it. */
    record Text(String text, List<Choice> quickChoices) implements Reply {

        public Text {
            quickChoices = List.copyOf(quickChoices);
        }

        public static Text of(String text) {
            return new Text(text, List.of());
        }
    }

    /** A short card with a title, a text and a few buttons: menus and confirmations. */
    record Buttons(String title, String text, List<Choice> choices) implements Reply {

        public Buttons {
            choices = List.copyOf(choices);
        }
    }

    /** Several cards side by side, such as the services of a category. */
    record Cards(String summary, List<Card> cards) implements Reply {

        public Cards {
            cards = List.copyOf(cards);
        }
    }

    /** A picture the server hosts. */
    record Image(URI url) implements Reply {
    }
}
