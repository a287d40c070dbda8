package th.tambondesk.line.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.CameraAction;
import com.linecorp.bot.messaging.model.CameraRollAction;
import com.linecorp.bot.messaging.model.DatetimePickerAction;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.ImageMessage;
import com.linecorp.bot.messaging.model.LocationAction;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.URIAction;

import th.tambondesk.conversation.Card;
import th.tambondesk.conversation.Choice;
import th.tambondesk.conversation.Reply;

/**
 * Renders the dialogue's replies as LINE messages: text with quick replies, Flex bubbles for menus and
 * confirmations, Flex carousels for cards. Everything is fitted to LINE's limits; if a rendered answer still breaks
 * one, it is logged and replaced by its plain text, so the resident always gets an answer.
 */
@Component
public class LineRenderer {

    private static final Logger log = LoggerFactory.getLogger(LineRenderer.class);

    /** The SAO's colour for primary buttons and titles. */
    private static final String ACCENT = "#0B6E4F";
    private static final String MUTED = "#555555";

    /** LINE messages with their JSON, as stored in the outbox. */
    public record Rendered(List<Message> messages, String json) {
    }

    public Rendered render(List<Reply> replies) {
        List<Message> messages = new ArrayList<>();
        for (Reply reply : replies) {
            messages.addAll(render(reply));
        }
        if (messages.size() > LineMessageLimits.MAX_MESSAGES) {
            log.error("An answer of {} LINE messages was cut to {}", messages.size(), LineMessageLimits.MAX_MESSAGES);
            messages = new ArrayList<>(messages.subList(0, LineMessageLimits.MAX_MESSAGES));
        }
        JsonNode tree = LineJson.tree(messages);
        List<String> problems = LineMessageLimits.violations(tree);
        if (!problems.isEmpty()) {
            log.error("Rendered LINE messages break LINE's limits, sending plain text instead: {}", problems);
            List<Message> plain = plainText(replies);
            return new Rendered(plain, LineJson.write(plain));
        }
        return new Rendered(messages, LineJson.write(tree));
    }

    private List<Message> render(Reply reply) {
        if (reply instanceof Reply.Text text) {
            return List.of(text(text));
        }
        if (reply instanceof Reply.Buttons buttons) {
            return List.of(new FlexMessage(null, null,
                    LineText.fit(buttons.title() + "\n" + buttons.text(), LineMessageLimits.MAX_ALT_TEXT),
                    bubble(buttons.title(), List.of(buttons.text()), buttons.choices(), true)));
        }
        if (reply instanceof Reply.Cards cards) {
            return carousels(cards);
        }
        Reply.Image image = (Reply.Image) reply;
        return List.of(new ImageMessage(null, null, image.url(), image.url()));
    }

    private Message text(Reply.Text text) {
        QuickReply quick = null;
        if (!text.quickChoices().isEmpty()) {
            List<QuickReplyItem> items = text.quickChoices().stream()
                    .limit(LineMessageLimits.MAX_QUICK_REPLIES)
                    .map(choice -> new QuickReplyItem(quickAction(choice)))
                    .toList();
            quick = new QuickReply(items);
        }
        return new TextMessage(quick, null, LineText.fit(nonEmpty(text.text()), LineMessageLimits.MAX_TEXT), null,
                null);
    }

    private List<Message> carousels(Reply.Cards cards) {
        List<Message> messages = new ArrayList<>();
        List<Card> all = cards.cards();
        for (int from = 0; from < all.size(); from += LineMessageLimits.MAX_BUBBLES) {
            List<FlexBubble> bubbles = all.subList(from, Math.min(all.size(), from + LineMessageLimits.MAX_BUBBLES))
                    .stream()
                    .map(card -> bubble(card.title(), card.lines(), card.choices(), false))
                    .toList();
            messages.add(new FlexMessage(null, null, LineText.fit(cards.summary(), LineMessageLimits.MAX_ALT_TEXT),
                    new FlexCarousel(bubbles)));
        }
        return messages;
    }

    private FlexBubble bubble(String title, List<String> lines, List<Choice> choices, boolean firstIsPrimary) {
        List<FlexComponent> body = new ArrayList<>();
        body.add(new FlexText.Builder().text(LineText.fit(nonEmpty(title), 2000)).weight(FlexText.Weight.BOLD)
                .size("md").color(ACCENT).wrap(true).build());
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                body.add(new FlexText.Builder().text(LineText.fit(line, 2000)).size("sm").color(MUTED).wrap(true)
                        .margin("md").build());
            }
        }
        FlexBubble.Builder bubble = new FlexBubble.Builder()
                .size(FlexBubble.Size.KILO)
                .body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, body).spacing("sm").build());
        if (!choices.isEmpty()) {
            List<FlexComponent> buttons = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                boolean primary = firstIsPrimary && i == 0;
                buttons.add(new FlexButton.Builder(buttonAction(choices.get(i)))
                        .style(primary ? FlexButton.Style.PRIMARY : FlexButton.Style.SECONDARY)
                        .color(primary ? ACCENT : null)
                        .height(FlexButton.Height.SM)
                        .build());
            }
            bubble.footer(new FlexBox.Builder(FlexBox.Layout.VERTICAL, buttons).spacing("sm").build());
        }
        return bubble.build();
    }

    /** Quick replies may open the camera, the gallery or the location picker directly. */
    private static Action quickAction(Choice choice) {
        String label = LineText.fit(choice.label(), LineMessageLimits.MAX_QUICK_REPLY_LABEL);
        Choice.Action action = choice.action();
        if (action instanceof Choice.ShareLocation) {
            return new LocationAction(label);
        }
        if (action instanceof Choice.TakePhoto) {
            return new CameraAction(label);
        }
        if (action instanceof Choice.PickPhoto) {
            return new CameraRollAction(label);
        }
        return action(choice, label);
    }

    /** Flex buttons cannot carry camera or location actions; LINE's URL schemes open the same pickers. */
    private static Action buttonAction(Choice choice) {
        String label = LineText.fit(choice.label(), LineMessageLimits.MAX_BUTTON_LABEL);
        Choice.Action action = choice.action();
        if (action instanceof Choice.ShareLocation) {
            return new URIAction(label, URI.create("https://line.me/R/nv/location/"), null);
        }
        if (action instanceof Choice.TakePhoto) {
            return new URIAction(label, URI.create("https://line.me/R/nv/camera/"), null);
        }
        if (action instanceof Choice.PickPhoto) {
            return new URIAction(label, URI.create("https://line.me/R/nv/cameraRoll/multi"), null);
        }
        return action(choice, label);
    }

    private static Action action(Choice choice, String label) {
        Choice.Action action = choice.action();
        if (action instanceof Choice.Tap tap) {
            return new PostbackAction(label, tap.data(),
                    LineText.fit(tap.echo() == null ? choice.label() : tap.echo(), LineMessageLimits.MAX_DISPLAY_TEXT),
                    null, null, null);
        }
        if (action instanceof Choice.Say say) {
            return new MessageAction(label, LineText.fit(say.text(), LineMessageLimits.MAX_TEXT));
        }
        if (action instanceof Choice.Link link) {
            return new URIAction(label, link.uri(), null);
        }
        if (action instanceof Choice.PickDate date) {
            return new DatetimePickerAction(label, date.data(), DatetimePickerAction.Mode.DATE, null,
                    date.max() == null ? null : date.max().toString(), date.min() == null ? null : date.min().toString());
        }
        throw new IllegalArgumentException("not a plain action: " + action);
    }

    /** The same answer with every reply reduced to its words, for the rare answer LINE would refuse. */
    private static List<Message> plainText(List<Reply> replies) {
        StringBuilder text = new StringBuilder();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Text t) {
                text.append(t.text());
            } else if (reply instanceof Reply.Buttons b) {
                text.append(b.title()).append('\n').append(b.text());
            } else if (reply instanceof Reply.Cards c) {
                c.cards().forEach(card -> text.append(card.title()).append('\n')
                        .append(String.join("\n", card.lines())).append("\n\n"));
            } else if (reply instanceof Reply.Image i) {
                text.append(i.url());
            }
            text.append("\n\n");
        }
        return List.of(new TextMessage(LineText.fit(nonEmpty(text.toString().strip()), LineMessageLimits.MAX_TEXT)));
    }

    private static String nonEmpty(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
