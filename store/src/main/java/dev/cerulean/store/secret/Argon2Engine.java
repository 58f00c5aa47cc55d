package dev.cerulean.store.secret;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What computes an Argon2id (RFC 9106, version 0x13) tag. Both engines are kept libraries, not code
 * of this project: the reference C implementation (libargon2, which argon2-jvm bundles for Linux,
 * macOS and Windows on x86-64 and ARM and calls through JNA) is preferred, because it is faster than
 * a Java one and works in native memory, so a hash's 19 MiB neither fills the Java heap nor costs a
 * collection (docs/benchmarks.md, "Password hashing by libargon2"); BouncyCastle's Java generator is used where the native library
 * cannot be loaded (another platform, no writable temporary directory for JNA to unpack it).
 */
enum Argon2Engine {
    NATIVE {
        @Override
        byte[] derive(
                byte[] password,
                byte[] salt,
                byte[] secret,
                byte[] associatedData,
                int memoryKib,
                int iterations,
                int parallelism,
                int length) {
            // argon2-jvm copies the password into native memory of its length, which cannot be
            // empty; the empty password is hashed (and refused) like any other, in Java
            if (password.length == 0)
                return JAVA.derive(password, salt, secret, associatedData, memoryKib, iterations, parallelism, length);
            return Reference.LIBRARY.rawHashAdvanced(
                    iterations,
                    memoryKib,
                    parallelism,
                    password,
                    salt,
                    secret,
                    associatedData,
                    length,
                    Argon2Version.V13);
        }
    },

    JAVA {
        @Override
        byte[] derive(
                byte[] password,
                byte[] salt,
                byte[] secret,
                byte[] associatedData,
                int memoryKib,
                int iterations,
                int parallelism,
                int length) {
            var params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(memoryKib)
                    .withIterations(iterations)
                    .withParallelism(parallelism)
                    .withSalt(salt);
            if (secret != null) params.withSecret(secret);
            if (associatedData != null) params.withAdditional(associatedData);
            var generator = new Argon2BytesGenerator();
            generator.init(params.build());
            byte[] out = new byte[length];
            generator.generateBytes(password, out);
            return out;
        }
    };

    private static final Logger LOG = LoggerFactory.getLogger(Argon2Engine.class);

    /** The tag of {@code password} under these parameters; {@code secret} and {@code associatedData} may be null. */
    abstract byte[] derive(
            byte[] password,
            byte[] salt,
            byte[] secret,
            byte[] associatedData,
            int memoryKib,
            int iterations,
            int parallelism,
            int length);

    /**
     * The native engine if its library loads and computes what the Java one does on a small
     * parameter set (a broken or foreign library must not decide who may sign in); the Java engine
     * otherwise. Decided once per process.
     */
    static Argon2Engine best() {
        return Best.ENGINE;
    }

    private static final class Best {
        static final Argon2Engine ENGINE = choose();

        private static Argon2Engine choose() {
            byte[] password = "probe".getBytes(StandardCharsets.US_ASCII);
            byte[] salt = "cerulean-probe16".getBytes(StandardCharsets.US_ASCII);
            try {
                byte[] expected = JAVA.derive(password, salt, null, null, 64, 1, 1, 32);
                if (Arrays.equals(NATIVE.derive(password, salt, null, null, 64, 1, 1, 32), expected)) {
                    LOG.debug("Argon2id by the reference implementation (libargon2)");
                    return NATIVE;
                }
                LOG.warn("libargon2 computed a wrong probe hash; passwords are hashed in Java");
            } catch (LinkageError | RuntimeException e) {
                LOG.info("libargon2 is not available here ({}); passwords are hashed in Java", e.toString());
            }
            return JAVA;
        }
    }

    /** Loaded on first use, so that a platform without the library only fails inside {@link Best}. */
    private static final class Reference {
        static final Argon2Advanced LIBRARY = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
    }
}
