package th.tambondesk.qr;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One scan of a QR code: which poster, when, and the kind of device. Nothing about the person. */
@Entity
@Table(name = "qr_scan")
class QrScan {

    /** Which kind of code was scanned. */
    enum Source {
        POSTER, GENERAL, RECEIPT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private @Nullable Long posterId;
    @Enumerated(EnumType.STRING)
    private Source source;
    private Instant scannedAt;
    @Enumerated(EnumType.STRING)
    private Devices.Kind device;
    private boolean lineApp;

    protected QrScan() {
    }

    QrScan(@Nullable Long posterId, Source source, Instant scannedAt, Devices.Device device) {
        this.posterId = posterId;
        this.source = source;
        this.scannedAt = scannedAt;
        this.device = device.kind();
        this.lineApp = device.lineApp();
    }
}
