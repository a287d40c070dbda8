package th.tambondesk.webchat;

import java.util.List;

import org.jspecify.annotations.Nullable;

import th.tambondesk.conversation.Card;
import th.tambondesk.conversation.Choice;
import th.tambondesk.conversation.Reply;

/**
 * What the chat page shows, in plain records the template can read. Everything a resident or the bot wrote is
 * printed escaped by the template; links open only http(s) addresses.
 */
final class ChatView {

    private ChatView() {
    }

    record Bubble(boolean fromResident, String kind, @Nullable String title, @Nullable String text,
                  List<CardView> cards, List<ChoiceView> choices, @Nullable String imageUrl) {
    }

    record CardView(String title, List<String> lines, List<ChoiceView> choices) {
    }

    /** {@code kind}: tap, say, link, location, photo or date. */
    record ChoiceView(String kind, String label, @Nullable String data, @Nullable String echo, @Nullable String min,
                      @Nullable String max) {

        ChoiceView(String kind, String label, @Nullable String data, @Nullable String echo) {
            this(kind, label, data, echo, null, null);
        }
    }

    static List<Bubble> bubbles(List<WebChat.Entry> entries) {
        return entries.stream().map(ChatView::bubble).toList();
    }

    static List<ChoiceView> quickChoices(List<WebChat.Entry> entries) {
        if (entries.isEmpty() || !(entries.get(entries.size() - 1).reply() instanceof Reply.Text text)) {
            return List.of();
        }
        return choices(text.quickChoices());
    }

    private static Bubble bubble(WebChat.Entry entry) {
        if (entry.fromResident()) {
            return new Bubble(true, "said", null, entry.said(), List.of(), List.of(), null);
        }
        Reply reply = java.util.Objects.requireNonNull(entry.reply(), "the bot's entries hold a reply");
        if (reply instanceof Reply.Buttons buttons) {
            return new Bubble(false, "buttons", buttons.title(), buttons.text(), List.of(),
                    choices(buttons.choices()), null);
        }
        if (reply instanceof Reply.Cards cards) {
            return new Bubble(false, "cards", null, cards.summary(),
                    cards.cards().stream().map(ChatView::card).toList(), List.of(), null);
        }
        if (reply instanceof Reply.Image image) {
            return new Bubble(false, "image", null, null, List.of(), List.of(), safe(image.url().toString()));
        }
        return new Bubble(false, "text", null, ((Reply.Text) reply).text(), List.of(), List.of(), null);
    }

    private static CardView card(Card card) {
        return new CardView(card.title(), card.lines(), choices(card.choices()));
    }

    private static List<ChoiceView> choices(List<Choice> choices) {
        return choices.stream().map(ChatView::choice).filter(c -> c != null).toList();
    }

    private static @Nullable ChoiceView choice(Choice choice) {
        Choice.Action action = choice.action();
        if (action instanceof Choice.Tap tap) {
            return new ChoiceView("tap", choice.label(), tap.data(), tap.echo());
        }
        if (action instanceof Choice.Say say) {
            return new ChoiceView("say", choice.label(), say.text(), null);
        }
        if (action instanceof Choice.Link link) {
            return safe(link.uri().toString()) == null ? null
                    : new ChoiceView("link", choice.label(), link.uri().toString(), null);
        }
        if (action instanceof Choice.ShareLocation) {
            return new ChoiceView("location", choice.label(), null, null);
        }
        if (action instanceof Choice.PickDate date) {
            return new ChoiceView("date", choice.label(), date.data(), choice.label(),
                    date.min() == null ? null : date.min().toString(), date.max() == null ? null : date.max().toString());
        }
        return new ChoiceView("photo", choice.label(), null, null);
    }

    /** Only web addresses are followed: never javascript: or data: links. */
    private static @Nullable String safe(String url) {
        return url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/") ? url : null;
    }
}
