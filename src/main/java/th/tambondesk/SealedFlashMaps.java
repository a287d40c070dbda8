package th.tambondesk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

/**
 * Flash attributes (what a page shows once after a redirect) kept in the session, which lives in the database so
 * that any instance can serve the next request, but sealed with a key that only the browser holds, in a cookie of
 * its own. A copy of the database thus never holds them readable: the web chat's confidential exchange with a
 * whistle-blower, or the one-time password of a new staff account.
 * <p>
 * AES-256-GCM with a fresh nonce per save; a missing or different key (another browser, a cleared cookie) simply
 * means no flash attributes.
 */
@Component("flashMapManager")
class SealedFlashMaps extends AbstractFlashMapManager {

    static final String COOKIE = "td_flash";
    private static final String ATTRIBUTE = SealedFlashMaps.class.getName() + ".SEALED";
    /** A key made during this request, before the browser has its cookie (MockMvc's flash attributes use it). */
    private static final String NEW_KEY = SealedFlashMaps.class.getName() + ".NEW_KEY";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(SealedFlashMaps.class);

    @Override
    protected @Nullable List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof byte[] sealed)) {
            return null;
        }
        return key(request).flatMap(key -> open(sealed, key)).orElse(null);
    }

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        if (flashMaps.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        byte[] key = key(request).orElseGet(() -> newKey(request, response));
        request.getSession().setAttribute(ATTRIBUTE, seal(new ArrayList<>(flashMaps), key));
    }

    private static Optional<byte[]> key(HttpServletRequest request) {
        if (request.getAttribute(NEW_KEY) instanceof byte[] made) {
            return Optional.of(made);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                        && KEY.matcher(cookie.getValue()).matches()) {
                    return Optional.of(Base64.getUrlDecoder().decode(cookie.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    private static byte[] newKey(HttpServletRequest request, HttpServletResponse response) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(key))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .build()
                .toString());
        request.setAttribute(NEW_KEY, key);
        return key;
    }

    private static byte[] seal(ArrayList<FlashMap> flashMaps, byte[] key) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(flashMaps);
            }
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(bytes.toByteArray());
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("flash attributes could not be sealed", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<List<FlashMap>> open(byte[] sealed, byte[] key) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(plain))) {
                return Optional.of((List<FlashMap>) in.readObject());
            }
        } catch (javax.crypto.AEADBadTagException e) {
            // Sealed for another browser's key (or its cookie is gone): nothing to show.
            return Optional.empty();
        } catch (IOException | ClassNotFoundException | GeneralSecurityException | RuntimeException e) {
            log.warn("Flash attributes could not be read and are dropped: {}", e.toString());
            return Optional.empty();
        }
    }
}
