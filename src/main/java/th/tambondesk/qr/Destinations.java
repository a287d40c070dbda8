package th.tambondesk.qr;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tambondesk.catalog.Sao;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.ChatCommands;
import th.tambondesk.common.PublicUrl;

/**
 * The two ends of every QR code: the short link on this server that the code carries (and that counts the scan), and
 * where the scan then goes. Destinations are worked out at scan time, so a renamed service or a new LINE account
 * does not spoil printed posters; without a LINE account they lead to the web chat instead.
 */
@Component
class Destinations {

    private final Sao sao;
    private final PublicUrl publicUrl;

    Destinations(Sao sao, PublicUrl publicUrl) {
        this.sao = sao;
        this.publicUrl = publicUrl;
    }

    Optional<String> posterLink(String code) {
        return publicUrl.of("/q/" + code);
    }

    Optional<String> generalLink() {
        return publicUrl.of("/q");
    }

    Optional<String> receiptLink(String linkCode) {
        return publicUrl.of("/q/c/" + linkCode);
    }

    Optional<String> webChatLink() {
        return publicUrl.of("/chat");
    }

    Optional<String> lineId() {
        return LineLinks.basicId(sao.profile());
    }

    /** Where a poster's scan goes. A service that closed since printing falls back to the account itself. */
    String of(PosterTarget target, Optional<ServiceView> service) {
        return switch (target) {
            case FRIEND -> general();
            case SERVICE -> service.map(s -> line(ChatCommands.request(s.name()))).orElseGet(this::general);
            case INTEGRITY -> line(ChatCommands.INTEGRITY);
            case WEB_CHAT -> LineLinks.webChat(service.map(s -> ChatCommands.request(s.name())).orElse(null));
        };
    }

    /** The SAO's account (add friend), or the web chat when no account is configured. */
    String general() {
        return LineLinks.addFriend(sao.profile()).orElse(LineLinks.webChat(null));
    }

    /** A walk-in receipt: the chat with "เชื่อมเรื่อง &lt;code&gt;" typed in. */
    String receipt(String linkCode) {
        return line(ChatCommands.link(linkCode));
    }

    private String line(String text) {
        return LineLinks.message(sao.profile(), text).orElseGet(() -> LineLinks.webChat(text));
    }
}
