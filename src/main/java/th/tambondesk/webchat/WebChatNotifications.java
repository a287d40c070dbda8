package th.tambondesk.webchat;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tambondesk.conversation.Channel;
import th.tambondesk.conversation.Reply;
import th.tambondesk.conversation.ResidentNotification;

/**
 * Puts notifications for web chat residents into their transcript: they see them the next time they open /chat. Each
 * reply is stored under the notification's id, so a notification handled again is not shown twice.
 */
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
        List<Reply> replies = notification.replies();
        for (int i = 0; i < replies.size(); i++) {
            String key = notification.id() + "#" + i;
            if (messages.existsByNotificationKey(key)) {
                continue;
            }
            try {
                messages.save(ChatMessage.notification(notification.resident().key(), key,
                        json.writeValueAsString(replies.get(i)), clock.instant()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
