package th.tambondesk.conversation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

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
    private @Nullable Instant consentAt;
    @Column(name = "consent_version")
    private @Nullable Integer consentVersion;
    private @Nullable String phone;
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

    @Nullable Instant consentAt() {
        return consentAt;
    }

    @Nullable String phone() {
        return phone;
    }

    void rememberPhone(@Nullable String phone) {
        this.phone = phone;
    }
}
