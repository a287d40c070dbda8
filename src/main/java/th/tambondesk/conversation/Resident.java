package th.tambondesk.conversation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the SAO keeps about a resident outside their cases: their privacy consent and the phone to reuse. */
@Entity
@Table(name = "conversation_resident")
class Resident {

    /** Bumped when the privacy notice changes, so residents are asked again. */
    static final int CONSENT_VERSION = 1;

    @Id
    @Column(name = "resident_id")
    private String residentId;
    @Column(name = "consent_at")
    private Instant consentAt;
    @Column(name = "consent_version")
    private Integer consentVersion;
    private String phone;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Resident() {
    }

    Resident(String residentId, Instant createdAt) {
        this.residentId = residentId;
        this.createdAt = createdAt;
    }

    boolean hasConsented() {
        return consentAt != null && consentVersion != null && consentVersion >= CONSENT_VERSION;
    }

    void consent(Instant at) {
        this.consentAt = at;
        this.consentVersion = CONSENT_VERSION;
    }

    Instant consentAt() {
        return consentAt;
    }

    String phone() {
        return phone;
    }

    void rememberPhone(String phone) {
        this.phone = phone;
    }
}
