package dev.cerulean.store.secret;

import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id at OWASP's recommended minimum (19 MiB memory, 2 passes, 1 lane), stored as a PHC
 * string {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded standard Base64), so
 * that stronger parameters can be introduced later while old hashes keep verifying. Computed by a
 * library (see {@link Argon2Engine}: the reference implementation where it loads, BouncyCastle
 * otherwise; a security primitive is not maintained here), at most one hash per core at a time: a
 * hash that waits longer than {@link #WAIT} answers {@link PasswordHasher.Busy}, which the APIs turn
 * into their throttling answers. Secrets are never logged or put into messages.
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

    /** How long a hash waits for a free place in the pool before it answers busy. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final SecureRandom random = new SecureRandom();
    /**
     * At most one hash per core at a time: each holds its memory block (19 MiB) while it runs, so
     * the pool bounds the memory hashing takes and keeps the CPU free for everything else.
     */
    private final Semaphore pool;

    /**
     * The threads hashes run on, as many as the pool admits. The reference implementation takes its
     * 19 MiB from the C allocator, which keeps freed memory in an arena per thread that used it:
     * hashing on whichever of Jetty's threads served the request left up to 19 MiB behind in each of
     * their arenas (736 MB resident 10 s after a password load); on threads of its own it leaves
     * at most one work area per thread, and reuses them.
     */
    private final ExecutorService workers;

    private final Duration wait;
    /** Chosen at the first hash, so that starting a server that hashes nothing loads no native code. */
    private final Supplier<Argon2Engine> engine;

    public Argon2PasswordHasher() {
        this(Argon2Engine::best, Runtime.getRuntime().availableProcessors(), WAIT);
    }

    Argon2PasswordHasher(Argon2Engine engine, int concurrency, Duration wait) {
        this(() -> engine, concurrency, wait);
    }

    private Argon2PasswordHasher(Supplier<Argon2Engine> engine, int concurrency, Duration wait) {
        this.engine = engine;
        this.pool = new Semaphore(Math.max(1, concurrency), true);
        this.wait = wait;
        var counter = new AtomicInteger();
        int threads = Math.max(1, concurrency);
        var workers =
                new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, "argon2-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        // idle threads end, so that a hasher nobody uses any more (a closed store) holds none
        workers.allowCoreThreadTimeOut(true);
        this.workers = workers;
    }

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
        return parallelism >= 1
                && memoryKib >= 8 * parallelism
                && memoryKib <= MAX_MEMORY_KIB
                && iterations >= 1
                && iterations <= MAX_ITERATIONS;
    }

    private byte[] derive(String secret, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        boolean admitted;
        try {
            admitted = pool.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordHasher.Busy();
        }
        if (!admitted) throw new PasswordHasher.Busy();
        byte[] password = secret.getBytes(StandardCharsets.UTF_8);
        Future<byte[]> hashed;
        try {
            hashed = workers.submit(() -> {
                try {
                    return engine.get().derive(password, salt, null, null, memoryKib, iterations, parallelism, length);
                } finally {
                    pool.release();
                }
            });
        } catch (RejectedExecutionException e) {
            pool.release();
            throw new PasswordHasher.Busy();
        }
        try {
            return hashed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordHasher.Busy();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }
}
