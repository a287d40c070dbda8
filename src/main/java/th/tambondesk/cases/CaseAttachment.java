package th.tambondesk.cases;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo of a case: one the resident sent, or an "after" photo staff add on completion. */
@Entity
@Table(name = "case_attachment")
class CaseAttachment {

    /** Whose photo: the resident's, or staff's of the work done. Stored by name. */
    enum Kind {
        RESIDENT, AFTER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int size;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseAttachment() {
    }

    Long id() {
        return id;
    }

    Long caseId() {
        return caseId;
    }

    Kind kind() {
        return kind;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }

    CaseAttachment(Long caseId, Kind kind, String contentType, byte[] content, Instant createdAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.createdAt = createdAt;
    }
}
