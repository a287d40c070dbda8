package th.tambondesk.conversation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo sent for a form that is not confirmed yet. Moves into the case on confirmation. */
@Entity
@Table(name = "conversation_upload")
class PendingPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id")
    private String residentId;
    @Column(name = "form_id")
    private String formId;
    @Column(name = "content_type")
    private String contentType;
    private byte[] content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PendingPhoto() {
    }

    PendingPhoto(String residentId, String formId, String contentType, byte[] content, Instant createdAt) {
        this.residentId = residentId;
        this.formId = formId;
        this.contentType = contentType;
        this.content = content;
        this.createdAt = createdAt;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }
}
