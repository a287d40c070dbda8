package th.tambondesk.webchat;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One line of a web chat transcript: what the resident said, or one reply of the bot as JSON. */
@Entity
@Table(name = "webchat_message")
class ChatMessage {

    enum Author {
        RESIDENT,
        BOT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_key", nullable = false, length = 64)
    private String sessionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Author author;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For a reply of a notification: the notification's id and the reply's place in it; null otherwise. */
    @Column(name = "notification_key", length = 120)
    private @Nullable String notificationKey;

    protected ChatMessage() {
    }

    ChatMessage(String sessionKey, Author author, String body, Instant createdAt) {
        this.sessionKey = sessionKey;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    static ChatMessage notification(String sessionKey, String notificationKey, String body, Instant createdAt) {
        ChatMessage message = new ChatMessage(sessionKey, Author.BOT, body, createdAt);
        message.notificationKey = notificationKey;
        return message;
    }

    Long id() {
        return id;
    }

    Author author() {
        return author;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }
}
