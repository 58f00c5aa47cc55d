package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line in its own process against a damaged, replaced or busy data directory:
 * it refuses in one line with the way out and a non-zero exit code, never serves an older or empty
 * store, never prints a database's stack. And what it keeps there is owner-only, keys sealed.
 */
class DamagedDataIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run cerulean(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.cerulean.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir.getParent(), "out", ".txt");
        Path err = Files.createTempFile(dir.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(
                    "still running after 90 s: " + String.join(" ", args) + "\n" + Files.readString(out));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path data() {
        return dir.resolve("data");
    }

    private Path database() {
        return data().resolve("cerulean.mv.db");
    }

    private void loadedAndUsed() throws Exception {
        assertThat(cerulean("world", "load", "demo", "--data", data().toString())
                        .code())
                .isZero();
        // a later run writes more (a new signing key), so an older copy of the file is behind it
        assertThat(cerulean("keys", "rotate", "--directory", "contoso.onmicrosoft.com", "--data", data().toString())
                        .code())
                .isZero();
    }

    private static void assertOneLineRefusal(Run run, String says) {
        assertThat(run.code()).as(run.err()).isNotZero();
        assertThat(run.err().strip())
                .as("one line")
                .doesNotContain("\n")
                .startsWith("cerulean: ")
                .contains(says);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void anEmptiedDatabaseFileIsRefusedAtStartInsteadOfServingAnEmptyStore() throws Exception {
        loadedAndUsed();
        Files.write(database(), new byte[0]);

        Run serve =
                cerulean("serve", "--port", "0", "--https-port", "0", "--graph-port", "0", "--data", data().toString());

        assertOneLineRefusal(serve, "older than the last run");
        assertThat(serve.err()).contains("Restore it from a backup").contains("delete " + data().resolve("generation"));
    }

    @Test
    void anOlderCopyOfTheDatabaseIsRefusedUntilTheOperatorAcceptsIt() throws Exception {
        assertThat(cerulean("world", "load", "demo", "--data", data().toString())
                        .code())
                .isZero();
        Path older = dir.resolve("older.mv.db");
        Files.copy(database(), older);
        assertThat(cerulean("keys", "rotate", "--directory", "contoso.onmicrosoft.com", "--data", data().toString())
                        .code())
                .isZero();
        Files.copy(older, database(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertOneLineRefusal(cerulean("world", "export", "--data", data().toString()), "older than the last run");

        Files.delete(data().resolve("generation"));
        Run accepted = cerulean("world", "export", "--data", data().toString());
        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("contoso.onmicrosoft.com");
    }

    @Test
    void aTruncatedOrGarbageFileIsRefusedInOneLine() throws Exception {
        loadedAndUsed();
        try (RandomAccessFile f = new RandomAccessFile(database().toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertOneLineRefusal(
                cerulean("serve", "--port", "0", "--https-port", "0", "--graph-port", "0", "--data", data().toString()),
                "");

        byte[] garbage = new byte[4096];
        new Random(4).nextBytes(garbage);
        Files.write(database(), garbage);
        assertOneLineRefusal(cerulean("world", "export", "--data", data().toString()), "damaged");
    }

    @Test
    void aDatabaseHeldByARunningServerIsSaidSoInOneLine() throws Exception {
        try (DemoServer running = DemoServer.start(data())) {
            assertOneLineRefusal(cerulean("world", "export", "--data", data().toString()), "in use by another process");
            assertOneLineRefusal(
                    cerulean("keys", "rotate", "--directory", "contoso.onmicrosoft.com", "--data", data().toString()),
                    "in use by another process");
        }
    }

    @Test
    void theDataDirectoryIsOwnerOnlyAndItsSigningKeysSealed() throws Exception {
        loadedAndUsed();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data())))
                .isEqualTo("rwx------");
        try (var files = Files.list(data())) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                            .as(f.toString())
                            .isEqualTo("rw-------");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(data().resolve("key-encryption.key")).exists();
        // the private keys' JWK fields ("d", "p", "q") never appear in the database file in plain
        String raw = new String(Files.readAllBytes(database()), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("sealed:v1:").doesNotContain("\"d\":\"").doesNotContain("\"dp\":\"");

        Run wrongKey = cerulean(
                "world",
                "export",
                "--data",
                data().toString(),
                "--key-encryption-key",
                java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertOneLineRefusal(wrongKey, "does not open the signing keys");

        String old = Files.readString(data().resolve("key-encryption.key")).strip();
        Run reseal = cerulean("keys", "reseal", "--data", data().toString());
        assertThat(reseal.code()).as(reseal.err()).isZero();
        assertThat(Files.readString(data().resolve("key-encryption.key")).strip())
                .isNotEqualTo(old);
        assertThat(cerulean("world", "export", "--data", data().toString()).code())
                .as("the new key opens them")
                .isZero();
        assertOneLineRefusal(
                cerulean("world", "export", "--data", data().toString(), "--key-encryption-key", old),
                "does not open the signing keys");
    }
}
