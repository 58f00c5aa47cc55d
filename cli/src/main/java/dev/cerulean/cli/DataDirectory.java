package dev.cerulean.cli;

import dev.cerulean.store.secret.KeyEncryption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory, kept owner-only: the directory 0700 and every file in it 0600, so that other
 * users of the machine can read neither the database nor the key-encryption key. Holds the
 * key-encryption key ({@value #KEY_FILE}, created on first use unless one is given) and the copy of
 * the store's generation ({@value #GENERATION_FILE}).
 */
final class DataDirectory {
    static final String KEY_FILE = "key-encryption.key";
    static final String GENERATION_FILE = "generation";
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path dir;

    private DataDirectory(Path dir) {
        this.dir = dir;
    }

    /** The directory, created if missing, made owner-only. */
    static DataDirectory at(Path dir) {
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, OWNER_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DataDirectory(dir);
    }

    Path path() {
        return dir;
    }

    /** Makes every file directly in the directory owner-only (the database's files, once H2 made them). */
    void restrictFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    ownerOnly(f, OWNER_FILE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key-encryption key: {@code given} (Base64 of 32 bytes) when set, else the key file, which is
     * created (owner-only, 32 random bytes) when the directory has none.
     */
    KeyEncryption keyEncryption(Setting given) {
        if (given.value() != null) return KeyEncryption.of(decode(given.value(), given));
        Path file = dir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] key = KeyEncryption.newKey();
                writeOwnerOnly(file, Base64.getEncoder().encodeToString(key));
                return KeyEncryption.of(key);
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return KeyEncryption.of(decode(text, Setting.of("--key-encryption-key", text, null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the key file with {@code key} (written to a new owner-only file, then moved over); the file. */
    Path keyFile(byte[] key) {
        Path file = dir.resolve(KEY_FILE);
        Path next = dir.resolve(KEY_FILE + ".next");
        try {
            Files.deleteIfExists(next);
            writeOwnerOnly(next, Base64.getEncoder().encodeToString(key));
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generation copy; 0 when there is none. */
    long generation() {
        Path file = dir.resolve(GENERATION_FILE);
        try {
            if (!Files.exists(file)) return 0;
            return Long.parseLong(
                    Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Writes the generation copy atomically (a new file moved over the old one). */
    void generation(long value) {
        Path file = dir.resolve(GENERATION_FILE);
        Path next = dir.resolve(GENERATION_FILE + ".next");
        try {
            Files.deleteIfExists(next);
            writeOwnerOnly(next, Long.toString(value));
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeOwnerOnly(Path file, String text) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            ownerOnly(file, OWNER_FILE);
        }
        Files.writeString(file, text + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its ACLs are the operator's to set
        }
    }

    private static byte[] decode(String base64, Setting setting) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            if (key.length == KeyEncryption.KEY_BYTES) return key;
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw setting.invalid(
                "a key-encryption key is " + KeyEncryption.KEY_BYTES + " bytes in Base64 (44 characters)");
    }
}
