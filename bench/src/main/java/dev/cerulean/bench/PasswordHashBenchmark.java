package dev.cerulean.bench;

import dev.cerulean.store.secret.Argon2PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One password hash at the stored parameters (Argon2id, m=19456 KiB, t=2, p=1, 32-byte tag) as
 * BouncyCastle's generator computes it (one object per 1 KiB block) and as the reference C
 * implementation does, alone, and through the store's hasher with its bounded pool. Run with {@code -prof gc} to see the allocation per hash.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PasswordHashBenchmark {
    private final byte[] password = "Demo-Passw0rd!".getBytes(StandardCharsets.UTF_8);
    private final byte[] salt = "cerulean-salt-16".getBytes(StandardCharsets.US_ASCII);

    @Benchmark
    public byte[] bouncyCastle() {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(Argon2PasswordHasher.MEMORY_KIB)
                .withIterations(Argon2PasswordHasher.ITERATIONS)
                .withParallelism(Argon2PasswordHasher.PARALLELISM)
                .withSalt(salt)
                .build());
        byte[] out = new byte[32];
        generator.generateBytes(password, out);
        return out;
    }

    private final de.mkammerer.argon2.Argon2Advanced reference =
            de.mkammerer.argon2.Argon2Factory.createAdvanced(de.mkammerer.argon2.Argon2Factory.Argon2Types.ARGON2id);

    /** The same hash by the reference C implementation (libargon2 through argon2-jvm), in native memory. */
    @Benchmark
    public byte[] libargon2() {
        return reference.rawHashAdvanced(
                Argon2PasswordHasher.ITERATIONS,
                Argon2PasswordHasher.MEMORY_KIB,
                Argon2PasswordHasher.PARALLELISM,
                password,
                salt,
                null,
                null,
                32,
                de.mkammerer.argon2.Argon2Version.V13);
    }

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();
    private final dev.cerulean.core.account.PasswordHash stored = hasher.hash("Demo-Passw0rd!");

    /** What a sign-in pays: a verification through the store's hasher (libargon2 where it loads, bounded pool). */
    @Benchmark
    public boolean hasherVerify() {
        return hasher.verify("Demo-Passw0rd!", stored);
    }
}
