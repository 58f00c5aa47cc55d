package dev.cerulean.store.secret;

import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.lang.ref.WeakReference;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id at OWASP's recommended minimum (19 MiB memory, 2 passes, 1 lane), stored as a PHC
 * string {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded standard Base64), so
 * that stronger parameters can be introduced later while old hashes keep verifying. Secrets
 * are never logged or put into messages.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    /**
     * The most a stored hash may ask for: a world file can carry hashes made elsewhere, and one
     * asking for gigabytes would make every sign-in of that user allocate them. 256 MiB and 16
     * passes cover the published recommendations short of RFC 9106's 2 GiB one.
     */
    static final int MAX_MEMORY_KIB = 256 * 1024, MAX_ITERATIONS = 16;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{16,})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_IN = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    /** The last hash's work array, for the next hash; weakly held, so a collection gives the 19 MiB back. */
    private final AtomicReference<WeakReference<long[]>> spare = new AtomicReference<>();

    @Override
    public PasswordHash hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(secret, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return new PasswordHash("$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash));
    }

    /** Recomputes with the stored parameters and compares in constant time; false for anything malformed. */
    @Override
    public boolean verify(String secret, PasswordHash stored) {
        if (secret == null || stored == null) return false;
        Matcher m = PHC.matcher(stored.encoded());
        if (!m.matches()) return false;
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (!withinLimits(memory, iterations, parallelism)) return false;
        byte[] salt;
        byte[] expected;
        try {
            salt = B64_IN.decode(m.group(4));
            expected = B64_IN.decode(m.group(5));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] actual = derive(secret, salt, memory, iterations, parallelism, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    /** Whether a stored hash's parameters are ones this server computes (see {@link #MAX_MEMORY_KIB}). */
    static boolean withinLimits(int memoryKib, int iterations, int parallelism) {
        return parallelism >= 1 && memoryKib >= 8 * parallelism && memoryKib <= MAX_MEMORY_KIB
                && iterations >= 1 && iterations <= MAX_ITERATIONS;
    }

    private byte[] derive(String secret, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        // one flat array per hash (not ~20,000 block objects); the last one serves the next hash until a
        // collection, so a world's secrets hashed one after another touch 19 MiB of heap, not 19 MiB each
        WeakReference<long[]> kept = spare.getAndSet(null);
        long[] memory = kept == null ? null : kept.get();
        if (memory == null || memory.length != Argon2id.words(memoryKib, parallelism)) {
            memory = new long[Argon2id.words(memoryKib, parallelism)];
        }
        try {
            return Argon2id.hash(secret.getBytes(StandardCharsets.UTF_8), salt, memoryKib, iterations, parallelism,
                    length, memory);
        } finally {
            spare.set(new WeakReference<>(memory));
        }
    }
}
