package th.tambondesk.webchat;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tambondesk.conversation.Channel;
import th.tambondesk.conversation.Reply;
import th.tambondesk.conversation.ResidentNotification;

/** Puts notifications for web chat residents into their transcript: they see them the next time they open /chat. */
@Component
class WebChatNotifications {

    private final ChatMessages messages;
    private final ObjectMapper json;
    private final Clock clock;

    WebChatNotifications(ChatMessages messages, ObjectMapper json, Clock clock) {
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(ResidentNotification notification) {
        if (notification.resident().channel() != Channel.WEB) {
            return;
        }
        for (Reply reply : notification.replies()) {
            try {
                messages.save(new ChatMessage(notification.resident().key(), ChatMessage.Author.BOT,
                        json.writeValueAsString(reply), clock.instant()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
