package th.tambondesk.qr;

import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import th.tambondesk.catalog.Sao;
import th.tambondesk.common.ChatCommands;

/**
 * The QR code on a walk-in receipt: the short link /q/c/&lt;one-time code&gt; (counted like a poster's), which opens
 * the SAO's LINE chat with "เชื่อมเรื่อง &lt;code&gt;" typed in; sending it links the case to the resident's LINE.
 * Without the public address the code carries the LINE link itself, so receipts work from the first day.
 * <p>
 * The image goes into the receipt page itself (a data: address), drawn from the link code that page already shows
 * after its own division check; there is no address that serves it by case number.
 */
@Component
public class ReceiptQr {

    private final Sao sao;
    private final Destinations destinations;

    ReceiptQr(Sao sao, Destinations destinations) {
        this.sao = sao;
        this.destinations = destinations;
    }

    /** The PNG of the code for {@code linkCode} as a data: address; empty while the SAO's LINE id is not set. */
    public Optional<String> dataUri(@Nullable String linkCode) {
        if (linkCode == null || sao.profile().lineId().isEmpty()) {
            return Optional.empty();
        }
        return destinations.receiptLink(linkCode)
                .or(() -> LineLinks.message(sao.profile(), ChatCommands.link(linkCode)))
                .map(link -> "data:image/png;base64," + Base64.getEncoder().encodeToString(QrImages.png(link, 600)));
    }
}
