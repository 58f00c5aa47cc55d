package dev.cerulean.store.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void hashesAreArgon2idPhcStringsWithOwaspParameters() {
        PasswordHash hash = hasher.hash("Demo-Passw0rd!");

        assertThat(hash.encoded())
                .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hash.encoded()).doesNotContain("Demo-Passw0rd!");
        assertThat(hash.toString()).doesNotContain("argon2");
    }

    @Test
    void theRightSecretVerifiesAndAnyOtherDoesNot() {
        PasswordHash hash = hasher.hash("Demo-Passw0rd!");

        assertThat(hasher.verify("Demo-Passw0rd!", hash)).isTrue();
        assertThat(hasher.verify("demo-passw0rd!", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(hasher.hash("same").encoded())
                .isNotEqualTo(hasher.hash("same").encoded());
    }

    @Test
    void aTamperedOrForeignHashNeverVerifies() {
        String encoded = hasher.hash("secret").encoded();
        int at = encoded.length() - 10; // not the last character: its low bits are padding
        String tampered =
                encoded.substring(0, at) + (encoded.charAt(at) == 'A' ? 'B' : 'A') + encoded.substring(at + 1);

        assertThat(hasher.verify("secret", new PasswordHash(tampered))).isFalse();
        assertThat(hasher.verify("secret", new PasswordHash(encoded.replace("argon2id", "argon2i"))))
                .isFalse();
        assertThat(hasher.verify("secret", new PasswordHash("test-sha256$abc$def")))
                .isFalse();
        assertThat(hasher.verify(
                        "secret",
                        new PasswordHash("$argon2id$v=19$m=99999999,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$"
                                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")))
                .isFalse();
    }

    @Test
    void aStoredHashAskingForMoreThanTheLimitsIsRefusedWithoutComputingIt() {
        var hasher = new Argon2PasswordHasher();
        String real = hasher.hash("Demo-Passw0rd!").encoded();
        String[] parts = real.split("\\$");
        String tooBig = "$argon2id$v=19$m=" + (Argon2PasswordHasher.MAX_MEMORY_KIB + 1) + ",t=2,p=1$" + parts[4] + "$"
                + parts[5];
        String tooLong = "$argon2id$v=19$m=19456,t=" + (Argon2PasswordHasher.MAX_ITERATIONS + 1) + ",p=1$" + parts[4]
                + "$" + parts[5];

        assertThat(hasher.verify("Demo-Passw0rd!", new PasswordHash(tooBig))).isFalse();
        assertThat(hasher.verify("Demo-Passw0rd!", new PasswordHash(tooLong))).isFalse();
        assertThat(hasher.verify("Demo-Passw0rd!", new PasswordHash(real))).isTrue();
        assertThat(Argon2PasswordHasher.withinLimits(Argon2PasswordHasher.MAX_MEMORY_KIB, 2, 1))
                .isTrue();
        assertThat(Argon2PasswordHasher.withinLimits(Argon2PasswordHasher.MAX_MEMORY_KIB + 1, 2, 1))
                .isFalse();
        assertThat(Argon2PasswordHasher.withinLimits(19456, Argon2PasswordHasher.MAX_ITERATIONS + 1, 1))
                .isFalse();
        assertThat(Argon2PasswordHasher.withinLimits(15, 2, 2)).isFalse();
    }

    @Test
    void hashesOfTheReferenceImplementationVerify() {
        // made with the Argon2 reference implementation (Debian's argon2 CLI), salt "cerulean-salt-16":
        // echo -n 'Demo-Passw0rd!' | argon2 cerulean-salt-16 -id -k 19456 -t 2 -p 1 -l 32 -e
        PasswordHash owasp = new PasswordHash(
                "$argon2id$v=19$m=19456,t=2,p=1$Y2VydWxlYW4tc2FsdC0xNg$GiXxzLz0OvgNdme5Wkcpo00EwIaCEIZgWFG6dw219sI");
        // ... and with other parameters (-m 10), which are read from the string itself
        PasswordHash cheaper = new PasswordHash(
                "$argon2id$v=19$m=1024,t=2,p=1$Y2VydWxlYW4tc2FsdC0xNg$EAjPqYWz4HTW5F5KMAlF8zGeX//QIEr0WcbYM468Onk");

        assertThat(hasher.verify("Demo-Passw0rd!", owasp)).isTrue();
        assertThat(hasher.verify("Demo-Passw0rd!", cheaper)).isTrue();
        assertThat(hasher.verify("Demo-Passw0rd?", owasp)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Argon2Engine.class)
    void rfc9106Argon2idTestVector(Argon2Engine engine) {
        // RFC 9106, section 5.3, with secret and associated data
        byte[] tag = engine.derive(filled(32, 0x01), filled(16, 0x02), filled(8, 0x03), filled(12, 0x04), 32, 3, 4, 32);

        assertThat(java.util.HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void bothEnginesComputeTheSameTagsSoEitherVerifiesTheOthersHashes() {
        var random = new java.util.Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] password = new byte[random.nextInt(40)];
            byte[] salt = new byte[8 + random.nextInt(24)];
            random.nextBytes(password);
            random.nextBytes(salt);
            int parallelism = 1 + random.nextInt(4);
            int memory = 8 * parallelism + random.nextInt(512);
            int iterations = 1 + random.nextInt(3);
            int length = 4 + random.nextInt(60);

            assertThat(Argon2Engine.NATIVE.derive(password, salt, null, null, memory, iterations, parallelism, length))
                    .as("m=%d t=%d p=%d length=%d", memory, iterations, parallelism, length)
                    .isEqualTo(Argon2Engine.JAVA.derive(
                            password, salt, null, null, memory, iterations, parallelism, length));
        }
        var inJava = new Argon2PasswordHasher(Argon2Engine.JAVA, 1, java.time.Duration.ofSeconds(30));
        var reference = new Argon2PasswordHasher(Argon2Engine.NATIVE, 1, java.time.Duration.ofSeconds(30));
        assertThat(reference.verify("Demo-Passw0rd!", inJava.hash("Demo-Passw0rd!")))
                .isTrue();
        assertThat(inJava.verify("Demo-Passw0rd!", reference.hash("Demo-Passw0rd!")))
                .isTrue();
    }

    @Test
    @EnabledOnOs(
            value = {OS.LINUX},
            architectures = {"amd64", "aarch64"})
    void theReferenceImplementationIsUsedWhereArgon2JvmBundlesIt() {
        assertThat(Argon2Engine.best()).isEqualTo(Argon2Engine.NATIVE);
    }

    @Test
    void noMoreHashesRunAtOnceThanThePoolAllowsAndAWaitTooLongIsBusy() throws Exception {
        var small = new Argon2PasswordHasher(Argon2Engine.best(), 1, java.time.Duration.ofMillis(50));
        var stored = small.hash("secret");
        var busy = new java.util.concurrent.atomic.AtomicInteger();
        var verified = new java.util.concurrent.atomic.AtomicInteger();
        var threads = new java.util.ArrayList<Thread>();
        for (int i = 0; i < 6; i++) {
            threads.add(started(() -> {
                try {
                    if (small.verify("secret", stored)) verified.incrementAndGet();
                } catch (dev.cerulean.core.account.PasswordHasher.Busy e) {
                    busy.incrementAndGet();
                }
            }));
        }
        for (Thread t : threads) t.join();

        assertThat(verified.get() + busy.get()).isEqualTo(6);
        assertThat(busy.get())
                .as("a hash takes longer than the 50 ms others may wait")
                .isPositive();
        assertThat(verified.get()).isPositive();
    }

    @Test
    void aPoolPerCoreLetsEveryoneThroughWhenTheyMayWait() throws Exception {
        var pooled = new Argon2PasswordHasher(Argon2Engine.best(), 2, java.time.Duration.ofSeconds(30));
        var stored = pooled.hash("secret");
        var ok = new java.util.concurrent.atomic.AtomicInteger();
        var threads = new java.util.ArrayList<Thread>();
        for (int i = 0; i < 4; i++)
            threads.add(started(() -> {
                if (pooled.verify("secret", stored)) ok.incrementAndGet();
            }));
        for (Thread t : threads) t.join();

        assertThat(ok.get()).isEqualTo(4);
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work);
        t.start();
        return t;
    }

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }
}
