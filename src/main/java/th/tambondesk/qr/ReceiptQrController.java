package th.tambondesk.qr;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import th.tambondesk.cases.Cases;
import th.tambondesk.catalog.Sao;

/**
 * The QR code on a walk-in receipt: opens the SAO's LINE chat with "เชื่อมเรื่อง &lt;one-time code&gt;" typed in;
 * sending it links the case to the resident's LINE. Staff only (it is under /inbox).
 */
@RestController
class ReceiptQrController {

    private final Cases cases;
    private final Sao sao;

    ReceiptQrController(Cases cases, Sao sao) {
        this.cases = cases;
        this.sao = sao;
    }

    @GetMapping(value = "/inbox/receipts/{trackingCode}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String trackingCode) {
        return cases.linkCode(trackingCode)
                .flatMap(code -> LineLinks.message(sao.profile(), "เชื่อมเรื่อง " + code))
                .map(link -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                        .body(QrImages.png(link, 600)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
