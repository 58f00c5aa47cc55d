package dev.cerulean.store.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals private signing keys with a key-encryption key held outside the database (AES-256-GCM,
 * a random 96-bit nonce per value, the key id as associated data so that a sealed value cannot be
 * moved to another row). A copy of the database alone then mints no tokens. Values written before
 * sealing existed (plain JWK JSON) are read as they are, so that a store can be sealed on open.
 */
public final class KeyEncryption {
    /** Marks a sealed value: {@code sealed:v1:<base64 of nonce and ciphertext with tag>}. */
    public static final String PREFIX = "sealed:v1:";

    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key does not open a sealed value (another key sealed it, or none was given). */
    public static final class WrongKey extends RuntimeException {
        public WrongKey(String message) {
            super(message, null, false, false);
        }
    }

    private final SecretKeySpec key;

    private KeyEncryption(byte[] key) {
        this.key = key == null ? null : new SecretKeySpec(Arrays.copyOf(key, key.length), "AES");
    }

    /** No key: values are stored and read in plain (tests, and stores not sealed yet). */
    public static KeyEncryption none() {
        return new KeyEncryption(null);
    }

    public static KeyEncryption of(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a key-encryption key is " + KEY_BYTES + " bytes");
        }
        return new KeyEncryption(key);
    }

    /** A new random key. */
    public static byte[] newKey() {
        byte[] k = new byte[KEY_BYTES];
        RANDOM.nextBytes(k);
        return k;
    }

    public boolean hasKey() {
        return key != null;
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The value to store for {@code plaintext} of the key {@code keyId} (plain when there is no key). */
    public String seal(String keyId, String plaintext) {
        if (key == null) return plaintext;
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The plaintext of a stored value; a plain (never sealed) value as it is. */
    public String open(String keyId, String stored) {
        if (!isSealed(stored)) return stored;
        if (key == null) throw new WrongKey("signing key " + keyId + " is sealed and no key-encryption key was given");
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new WrongKey("the key-encryption key does not open signing key " + keyId);
        }
    }

    @Override
    public String toString() {
        return key == null ? "KeyEncryption[none]" : "KeyEncryption[AES-256-GCM, key redacted]";
    }
}
