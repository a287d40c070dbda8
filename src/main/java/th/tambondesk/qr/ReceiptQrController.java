package th.tambondesk.qr;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import th.tambondesk.cases.Cases;
import th.tambondesk.catalog.Sao;
import th.tambondesk.common.ChatCommands;

/**
 * The QR code on a walk-in receipt: the short link /q/c/&lt;one-time code&gt; (counted like a poster's), which opens
 * the SAO's LINE chat with "เชื่อมเรื่อง &lt;code&gt;" typed in; sending it links the case to the resident's LINE.
 * Without the public address the code carries the LINE link itself, so receipts work from the first day.
 */
@RestController
class ReceiptQrController {

    private final Cases cases;
    private final Sao sao;
    private final Destinations destinations;

    ReceiptQrController(Cases cases, Sao sao, Destinations destinations) {
        this.cases = cases;
        this.sao = sao;
        this.destinations = destinations;
    }

    @GetMapping(value = "/inbox/receipts/{trackingCode}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String trackingCode) {
        return cases.linkCode(trackingCode)
                .flatMap(code -> sao.profile().lineId().isEmpty() ? Optional.<String>empty()
                        : destinations.receiptLink(code)
                                .or(() -> LineLinks.message(sao.profile(), ChatCommands.link(code))))
                .map(link -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                        .body(QrImages.png(link, 600)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
