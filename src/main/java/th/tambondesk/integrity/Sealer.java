package th.tambondesk.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM sealing of report contents. A sealed value is: version (1 byte), a fresh 96-bit nonce, then the
 * ciphertext with its 128-bit tag. The purpose ("report", "evidence" …) is bound as associated data, so a sealed
 * value cannot be moved to another column unnoticed. Opening with the wrong key fails with an exception.
 */
final class Sealer {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final SecretKey lookupKey;

    Sealer(byte[] keyBytes) {
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("the integrity key must be 256 bits (32 bytes), got " + keyBytes.length);
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(keyBytes, "HmacSHA256"),
                "tambondesk receipt lookup".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    byte[] seal(byte[] plain, String purpose) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    byte[] open(byte[] sealed, String purpose) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new WrongKeyException("not a sealed integrity value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new WrongKeyException("integrity data does not open with this key (wrong TAMBONDESK_INTEGRITY_KEY, "
                    + "or the data was altered)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening failed", e);
        }
    }

    byte[] seal(String text, String purpose) {
        return seal(text.getBytes(StandardCharsets.UTF_8), purpose);
    }

    String openText(byte[] sealed, String purpose) {
        return new String(open(sealed, purpose), StandardCharsets.UTF_8);
    }

    /** A keyed hash for looking up receipt codes: a database dump alone cannot test guesses. */
    String lookupHash(String normalizedCode) {
        return java.util.HexFormat.of().formatHex(hmac(lookupKey, normalizedCode.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(SecretKey key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data was sealed with another key, or altered. */
    static final class WrongKeyException extends IllegalStateException {
        WrongKeyException(String message) {
            super(message);
        }
    }
}
