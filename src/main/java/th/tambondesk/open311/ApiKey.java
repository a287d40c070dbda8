package th.tambondesk.open311;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A key another system reports with. Only its SHA-256 is kept, and its first characters to tell keys apart. */
@Entity
@Table(name = "open311_api_key")
class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "key_hash")
    private String keyHash;
    @Column(name = "key_hint")
    private String keyHint;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;
    @Column(name = "last_used")
    private @Nullable Instant lastUsed;

    protected ApiKey() {
    }

    ApiKey(String name, String keyHash, String keyHint, String createdBy, Instant createdAt) {
        this.name = name;
        this.keyHash = keyHash;
        this.keyHint = keyHint;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    boolean active() {
        return revokedAt == null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void used(Instant at) {
        lastUsed = at;
    }

    Open311Keys.KeyView view() {
        return new Open311Keys.KeyView(id, name, keyHint, createdBy, createdAt, revokedAt, lastUsed);
    }
}
