package th.tambondesk.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import th.tambondesk.common.AppKeys;

/**
 * Browsers an account logged in from: after a successful login the browser gets an HttpOnly cookie for that account,
 * signed with HMAC-SHA256 under one of the {@link AppKeys}, valid {@value #DAYS} days. A login from a known browser
 * is not held up by the account's lock ({@link LoginThrottle}), so nobody can lock a member of staff out by typing
 * wrong passwords for their name; it is still limited per source ({@link LoginSources}).
 */
@Component
class KnownDevices {

    static final int DAYS = 180;
    private static final String PREFIX = "td_device_";

    private final AppKeys keys;
    private final Clock clock;

    KnownDevices(AppKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** Whether the request carries a valid cookie of this account. */
    boolean knows(HttpServletRequest request, String username) {
        String name = cookieName(username);
        Cookie[] cookies = request.getCookies();
        if (name == null || cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name) && valid(username, cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Gives the browser the account's cookie, after a successful login. */
    void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        String name = cookieName(username);
        if (name == null) {
            return;
        }
        long day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
        response.addHeader("Set-Cookie", ResponseCookie.from(name, day + "." + sign(username, day))
                .path(request.getContextPath() + "/inbox")
                .maxAge(Duration.ofDays(DAYS))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build().toString());
    }

    private boolean valid(String username, String value) {
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long day;
        try {
            day = Long.parseLong(value.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        long today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
        return day <= today && today - day < DAYS && MessageDigest.isEqual(
                sign(username, day).getBytes(StandardCharsets.US_ASCII),
                value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String username, long day) {
        return keys.hmac(AppKeys.INBOX_DEVICE, username.strip().toLowerCase(Locale.ROOT) + "|" + day, 32);
    }

    /** One cookie per account, so that a shared office computer knows each of its users. */
    private static @Nullable String cookieName(@Nullable String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.matches("[a-z0-9._-]{1,60}") ? PREFIX + name : null;
    }
}
