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
 * ciphertext with its 128-bit tag. Version 2 binds the purpose ("report", "evidence" …) and the row it belongs to
 * (the report's id, the draft's id) as associated data, so a sealed value cannot be moved to another column or
 * another report unnoticed. Version 1, written before, bound the purpose only: it is opened once, to be re-sealed
 * ({@link Resealing}). Opening with the wrong key fails with an exception.
 */
final class Sealer {

    private static final byte UNBOUND = 1;
    private static final byte BOUND = 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final SecretKey lookupKey;
    private final SecretKey chainKey;

    Sealer(byte[] keyBytes) {
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("the integrity key must be 256 bits (32 bytes), got " + keyBytes.length);
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(keyBytes, "HmacSHA256"),
                "tambondesk receipt lookup".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        this.chainKey = new SecretKeySpec(hmac(new SecretKeySpec(keyBytes, "HmacSHA256"),
                "tambondesk access log chain".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    /** Seals a value of {@code purpose} that belongs to {@code owner} (a report id, a draft id). */
    byte[] seal(byte[] plain, String purpose, Object owner) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(bound(purpose, owner));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(BOUND).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** Opens a value sealed by {@link #seal(byte[], String, Object)} for the same purpose and owner. */
    byte[] open(byte[] sealed, String purpose, Object owner) {
        return open(sealed, BOUND, bound(purpose, owner));
    }

    /** Opens a value of version 1, which bound only its purpose: for re-sealing it, and the key probe. */
    byte[] openUnbound(byte[] sealed, String purpose) {
        return open(sealed, UNBOUND, purpose.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a value was sealed by version 1, without binding its owner. */
    static boolean isUnbound(byte[] sealed) {
        return sealed != null && sealed.length > 0 && sealed[0] == UNBOUND;
    }

    private byte[] open(byte[] sealed, byte version, byte[] associated) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != version) {
            throw new WrongKeyException("not a sealed integrity value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new WrongKeyException("integrity data does not open with this key (wrong TAMBONDESK_INTEGRITY_KEY, "
                    + "or the data was altered or moved)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening failed", e);
        }
    }

    private static byte[] bound(String purpose, Object owner) {
        return (purpose + "#" + owner).getBytes(StandardCharsets.UTF_8);
    }

    byte[] seal(String text, String purpose, Object owner) {
        return seal(text.getBytes(StandardCharsets.UTF_8), purpose, owner);
    }

    String openText(byte[] sealed, String purpose, Object owner) {
        return new String(open(sealed, purpose, owner), StandardCharsets.UTF_8);
    }

    /** A keyed hash for looking up receipt codes: a database dump alone cannot test guesses. */
    String lookupHash(String normalizedCode) {
        return java.util.HexFormat.of().formatHex(hmac(lookupKey, normalizedCode.getBytes(StandardCharsets.UTF_8)));
    }

    /** The access log's link from one row to the next: only the holder of the integrity key can make one. */
    String chainHash(String row) {
        return java.util.HexFormat.of().formatHex(hmac(chainKey, row.getBytes(StandardCharsets.UTF_8)));
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
