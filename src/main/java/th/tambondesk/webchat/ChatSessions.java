package th.tambondesk.webchat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import th.tambondesk.common.AppKeys;

/**
 * Identifies a web chat by a key in a cookie: no login, no name. The key is all the web chat knows of the resident:
 * 32 random characters and their HMAC under the application's {@link AppKeys#WEB_CHAT} key, so a client cannot make
 * up keys of its own to start chats past the per-address limit ({@link ChatLimits}). Unsigned keys of older versions
 * stay valid for chats that have a transcript.
 */
@Component
class ChatSessions {

    static final String COOKIE = "td_chat";
    private static final Pattern SIGNED = Pattern.compile("[A-Za-z0-9_-]{32}[0-9a-f]{32}");
    private static final Pattern LEGACY = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppKeys keys;
    private final ChatMessages messages;
    private final ChatLimits limits;

    ChatSessions(AppKeys keys, ChatMessages messages, ChatLimits limits) {
        this.keys = keys;
        this.messages = messages;
        this.limits = limits;
    }

    Optional<String> existing(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && valid(cookie.getValue())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The chat's key, or a new one in a new cookie.
     *
     * @throws ChatLimits.Reached when the address started too many chats lately
     */
    String existingOrNew(HttpServletRequest request, HttpServletResponse response) {
        return existing(request).orElseGet(() -> {
            limits.newChat(request.getRemoteAddr());
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String random = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            String key = random + sign(random);
            ResponseCookie cookie = ResponseCookie.from(COOKIE, key)
                    .httpOnly(true)
                    .secure(request.isSecure())
                    .sameSite("Lax")
                    .path("/")
                    .maxAge(Duration.ofDays(90))
                    .build();
            response.addHeader("Set-Cookie", cookie.toString());
            return key;
        });
    }

    private boolean valid(String key) {
        if (key == null) {
            return false;
        }
        if (SIGNED.matcher(key).matches()) {
            return MessageDigest.isEqual(sign(key.substring(0, 32)).getBytes(StandardCharsets.US_ASCII),
                    key.substring(32).getBytes(StandardCharsets.US_ASCII));
        }
        return LEGACY.matcher(key).matches() && messages.existsBySessionKey(key);
    }

    private String sign(String random) {
        return keys.hmac(AppKeys.WEB_CHAT, random, 16);
    }
}
