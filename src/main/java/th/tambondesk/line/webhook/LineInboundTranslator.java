package th.tambondesk.line.webhook;

import java.util.Optional;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import com.linecorp.bot.webhook.model.AudioMessageContent;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.FileMessageContent;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LocationMessageContent;
import com.linecorp.bot.webhook.model.MessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.Source;
import com.linecorp.bot.webhook.model.StickerMessageContent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserSource;
import com.linecorp.bot.webhook.model.VideoMessageContent;

import th.tambondesk.conversation.Channel;
import th.tambondesk.conversation.Input;
import th.tambondesk.conversation.ResidentRef;
import th.tambondesk.line.channel.LineChannelCondition;

/**
 * Turns a LINE event into the conversation's {@link Input}. Photos are fetched from LINE here, at once, because
 * LINE keeps message content only for a limited time.
 */
@Component
@Conditional(LineChannelCondition.class)
public class LineInboundTranslator {

    private final LineContent content;

    LineInboundTranslator(LineContent content) {
        this.content = content;
    }

    /** Whether {@link #translate} fetches content from LINE for this event, which can take seconds. */
    public boolean downloads(Event event) {
        return event instanceof MessageEvent message && message.message() instanceof ImageMessageContent
                && event.mode() != EventMode.STANDBY && message.source() instanceof UserSource;
    }

    /**
     * Who sent the event and what they typed, without fetching anything from LINE: enough to ask whether the event
     * belonged to the integrity channel when its handling failed.
     */
    public Optional<LineInbound.Look> look(Event event) {
        if (!(event.source() instanceof UserSource user) || isBlank(user.userId())) {
            return Optional.empty();
        }
        String text = event instanceof MessageEvent message && message.message() instanceof TextMessageContent typed
                ? nullToEmpty(typed.text()) : null;
        return Optional.of(new LineInbound.Look(new ResidentRef(Channel.LINE, user.userId()), text));
    }

    public LineInbound translate(Event event) {
        if (event.mode() == EventMode.STANDBY) {
            // Another module of the account is answering this chat: say nothing.
            return LineInbound.ignored();
        }
        Source source = event.source();
        if (source instanceof GroupSource || source instanceof RoomSource) {
            return fromGroup(event, source);
        }
        if (!(source instanceof UserSource user) || isBlank(user.userId())) {
            return LineInbound.ignored();
        }
        ResidentRef resident = new ResidentRef(Channel.LINE, user.userId());
        if (event instanceof FollowEvent follow) {
            boolean unblocked = follow.follow() != null && Boolean.TRUE.equals(follow.follow().isUnblocked());
            return new LineInbound(resident, new Input.Followed(unblocked), follow.replyToken(), user.userId(),
                    Optional.of(new LineInbound.FollowChange(user.userId(), true)));
        }
        if (event instanceof UnfollowEvent) {
            return new LineInbound(resident, new Input.Unfollowed(), null, null,
                    Optional.of(new LineInbound.FollowChange(user.userId(), false)));
        }
        if (event instanceof MessageEvent message) {
            return new LineInbound(resident, fromMessage(message.message()), message.replyToken(), user.userId(),
                    Optional.empty());
        }
        if (event instanceof PostbackEvent postback) {
            String data = postback.postback() == null ? "" : nullToEmpty(postback.postback().data());
            String picked = postback.postback() == null || postback.postback().params() == null ? null
                    : postback.postback().params().get("date");
            return new LineInbound(resident, new Input.Tap(data, picked), postback.replyToken(), user.userId(),
                    Optional.empty());
        }
        return new LineInbound(resident, new Input.Unsupported(Input.Kind.SILENT_EVENT), null, null,
                Optional.empty());
    }

    private Input fromMessage(MessageContent message) {
        if (message instanceof TextMessageContent text) {
            return new Input.Text(nullToEmpty(text.text()));
        }
        if (message instanceof ImageMessageContent image) {
            return content.photo(image);
        }
        if (message instanceof LocationMessageContent location) {
            if (location.latitude() == null || location.longitude() == null) {
                return new Input.Unsupported(Input.Kind.UNKNOWN_MESSAGE);
            }
            return new Input.Location(location.latitude(), location.longitude(), nullToEmpty(location.title()),
                    nullToEmpty(location.address()));
        }
        if (message instanceof StickerMessageContent) {
            return new Input.Unsupported(Input.Kind.STICKER);
        }
        if (message instanceof AudioMessageContent) {
            return new Input.Unsupported(Input.Kind.AUDIO);
        }
        if (message instanceof VideoMessageContent) {
            return new Input.Unsupported(Input.Kind.VIDEO);
        }
        if (message instanceof FileMessageContent) {
            return new Input.Unsupported(Input.Kind.FILE);
        }
        return new Input.Unsupported(Input.Kind.UNKNOWN_MESSAGE);
    }

    /** Groups and rooms get one polite pointer to the one-to-one chat, when they speak to the account. */
    private static LineInbound fromGroup(Event event, Source source) {
        String chatId = source instanceof GroupSource group ? group.groupId() : ((RoomSource) source).roomId();
        if (isBlank(chatId)) {
            return LineInbound.ignored();
        }
        ResidentRef chat = new ResidentRef(Channel.LINE, (source instanceof GroupSource ? "group:" : "room:") + chatId);
        if (event instanceof MessageEvent message) {
            return new LineInbound(chat, new Input.Unsupported(Input.Kind.GROUP_CHAT), message.replyToken(), chatId,
                    Optional.empty());
        }
        if (event instanceof JoinEvent join) {
            return new LineInbound(chat, new Input.Unsupported(Input.Kind.GROUP_CHAT), join.replyToken(), chatId,
                    Optional.empty());
        }
        return new LineInbound(chat, new Input.Unsupported(Input.Kind.SILENT_EVENT), null, null, Optional.empty());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
