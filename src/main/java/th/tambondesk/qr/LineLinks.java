package th.tambondesk.qr;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import th.tambondesk.catalog.SaoProfile;

/** LINE's URL schemes for the SAO's Official Account (LINE's docs: percent-encode the @ of the basic id). */
final class LineLinks {

    private LineLinks() {
    }

    /** Adds the account as a friend, or opens its chat if already a friend. */
    static Optional<String> addFriend(SaoProfile sao) {
        return sao.lineId().map(id -> "https://line.me/R/ti/p/" + encode(basicId(id)));
    }

    /** Opens the chat with the account, the text typed in, ready to send. */
    static Optional<String> message(SaoProfile sao, String text) {
        return sao.lineId().map(id -> "https://line.me/R/oaMessage/" + encode(basicId(id)) + "/?" + encode(text));
    }

    /** The basic id as residents search for it in LINE, with its @. */
    static Optional<String> basicId(SaoProfile sao) {
        return sao.lineId().map(LineLinks::basicId);
    }

    /** This server's web chat with the text typed in (a path, valid without the public address). */
    static String webChat(@Nullable String text) {
        return text == null ? "/chat" : "/chat?say=" + encode(text);
    }

    private static String basicId(String id) {
        String strip = id.strip();
        return strip.startsWith("@") ? strip : "@" + strip;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
