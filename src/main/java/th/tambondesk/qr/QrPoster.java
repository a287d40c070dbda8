package th.tambondesk.qr;

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

/** A printed QR code at one place, with its own short link. Retired, not deleted: its scans stay counted. */
@Entity
@Table(name = "qr_poster")
class QrPoster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private PosterTarget target;
    private @Nullable String serviceCode;
    private boolean active;
    private Instant createdAt;
    private String createdBy;
    private @Nullable Instant retiredAt;
    /** Kept by {@link ScanCounts} with each scan; never written from here. */
    @Column(insertable = false, updatable = false)
    private @Nullable Instant lastScanAt;

    protected QrPoster() {
    }

    QrPoster(String code, String name, PosterTarget target, @Nullable String serviceCode, Instant now,
             String createdBy) {
        this.code = code;
        this.name = name;
        this.target = target;
        this.serviceCode = serviceCode;
        this.active = true;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    PosterTarget target() {
        return target;
    }

    @Nullable String serviceCode() {
        return serviceCode;
    }

    boolean active() {
        return active;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant retiredAt() {
        return retiredAt;
    }

    @Nullable Instant lastScanAt() {
        return lastScanAt;
    }

    void rename(String name) {
        this.name = name;
    }

    void retire(Instant now) {
        if (active) {
            active = false;
            retiredAt = now;
        }
    }

    void reactivate() {
        active = true;
        retiredAt = null;
    }
}
