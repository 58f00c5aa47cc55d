package dev.cerulean.store.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    @Test
    void rfc9106Argon2idTestVector() {
        // RFC 9106, section 5.3
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] associatedData = filled(12, 0x04);

        byte[] tag = Argon2id.hash(password, salt, secret, associatedData, 32, 3, 4, 32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void agreesWithBouncyCastleOverRandomInputs() {
        Random random = new Random(20240611L);
        for (int run = 0; run < 150; run++) {
            int parallelism = 1 + random.nextInt(4);
            // any memory from the minimum of 8 KiB per lane up, mostly not a multiple of 4 * lanes
            int memory = 8 * parallelism + random.nextInt(run % 10 == 0 ? 2048 - 8 * parallelism + 1 : 200);
            int iterations = 1 + random.nextInt(4);
            int length = 4 + random.nextInt(97);
            byte[] password = bytes(random, random.nextInt(65));
            byte[] salt = bytes(random, 8 + random.nextInt(25));
            String params = "run " + run + ": m=" + memory + " t=" + iterations + " p=" + parallelism + " T=" + length
                    + " |P|=" + password.length + " |S|=" + salt.length;

            assertThat(Argon2id.hash(password, salt, memory, iterations, parallelism, length)).as(params)
                    .isEqualTo(bouncyCastle(password, salt, new byte[0], new byte[0], memory, iterations, parallelism,
                            length));
        }
    }

    @Test
    void agreesWithBouncyCastleOnEdgeShapes() {
        byte[] password = "pw".getBytes(StandardCharsets.UTF_8);
        byte[] salt = filled(16, 0x5a);
        int[][] shapes = {
            {8, 1, 1, 4}, {8, 1, 1, 64}, {8, 1, 1, 65}, {9, 2, 1, 96}, {16, 1, 2, 100}, {32, 4, 4, 128},
            {31, 3, 3, 33}, {47, 2, 4, 1024}, {2048, 1, 1, 32}, {2051, 2, 3, 32}, {1024, 3, 1, 200},
        };
        for (int[] s : shapes) {
            assertThat(Argon2id.hash(password, salt, s[0], s[1], s[2], s[3])).as(Arrays.toString(s))
                    .isEqualTo(bouncyCastle(password, salt, new byte[0], new byte[0], s[0], s[1], s[2], s[3]));
        }
    }

    @Test
    void agreesWithBouncyCastleWithSecretAndAssociatedData() {
        Random random = new Random(7L);
        for (int run = 0; run < 10; run++) {
            byte[] password = bytes(random, random.nextInt(40));
            byte[] salt = bytes(random, 16);
            byte[] secret = bytes(random, random.nextInt(33));
            byte[] associatedData = bytes(random, random.nextInt(50));
            int parallelism = 1 + random.nextInt(4);
            int memory = 8 * parallelism + random.nextInt(300);

            assertThat(Argon2id.hash(password, salt, secret, associatedData, memory, 2, parallelism, 32))
                    .isEqualTo(bouncyCastle(password, salt, secret, associatedData, memory, 2, parallelism, 32));
        }
    }

    @Test
    void agreesWithBouncyCastleAtTheProductionParameters() {
        byte[] password = "Demo-Passw0rd!".getBytes(StandardCharsets.UTF_8);
        byte[] salt = "cerulean-salt-16".getBytes(StandardCharsets.US_ASCII);

        byte[] ours = Argon2id.hash(password, salt, 19456, 2, 1, 32);

        assertThat(ours).isEqualTo(bouncyCastle(password, salt, new byte[0], new byte[0], 19456, 2, 1, 32));
    }

    @Test
    void aReusedWorkspaceGivesTheSameTagWhateverItHolds() {
        Random random = new Random(7);
        long[] workspace = new long[Argon2id.words(1024, 2)];
        for (int i = 0; i < workspace.length; i++) workspace[i] = random.nextLong();
        byte[] password = bytes(random, 20);
        byte[] salt = bytes(random, 16);

        byte[] first = Argon2id.hash(password, salt, 1024, 3, 2, 32, workspace);
        byte[] again = Argon2id.hash(password, salt, 1024, 3, 2, 32, workspace);
        byte[] wrongSize = Argon2id.hash(password, salt, 1024, 3, 2, 32, new long[5]);

        assertThat(first).isEqualTo(Argon2id.hash(password, salt, 1024, 3, 2, 32))
                .isEqualTo(again).isEqualTo(wrongSize);
    }

    @Test
    void refusesParametersOutsideTheRfc() {
        byte[] salt = filled(16, 1);
        assertThatThrownBy(() -> Argon2id.hash(new byte[0], salt, 15, 1, 2, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argon2id.hash(new byte[0], salt, 64, 0, 1, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argon2id.hash(new byte[0], salt, 64, 1, 0, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argon2id.hash(new byte[0], salt, 64, 1, 1, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bouncyCastle(byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
                                       int memory, int iterations, int parallelism, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memory).withIterations(iterations)
                .withParallelism(parallelism).withSalt(salt).withSecret(secret).withAdditional(associatedData)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }
}
