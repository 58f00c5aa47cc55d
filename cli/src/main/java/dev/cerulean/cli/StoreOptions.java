package dev.cerulean.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store flags every command that touches the database shares. */
public final class StoreOptions {
    /** The default data directory: ./data, next to where Cerulean is started. */
    public static final String DEFAULT_DATA = "data";

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory; holds the embedded H2 database (env CERULEAN_DATA, default ./data).")
    String data;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description =
                    "Database URL, jdbc:h2:… or jdbc:postgresql:… (env CERULEAN_DB_URL, default: H2 in the data directory).")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (env CERULEAN_DB_USER).")
    String dbUser;

    @Option(
            names = "--db-password",
            paramLabel = "PASSWORD",
            description = "Database password (env CERULEAN_DB_PASSWORD).")
    String dbPassword;

    @Option(
            names = "--key-encryption-key",
            paramLabel = "BASE64",
            description = "The key that seals private signing keys in the database, 32 bytes in Base64 "
                    + "(env CERULEAN_KEY_ENCRYPTION_KEY; default: DATA/key-encryption.key, created owner-only).")
    String keyEncryptionKey;

    StoreSettings resolve() {
        Setting url = Setting.of("--db", dbUrl, null);
        if (url.value() != null
                && !url.value().startsWith("jdbc:h2:")
                && !url.value().startsWith("jdbc:postgresql:")) {
            throw url.invalid(url.value() + " is not a jdbc:h2: or jdbc:postgresql: URL");
        }
        Setting data = Setting.of("--data", this.data, DEFAULT_DATA);
        Path dir;
        try {
            dir = Path.of(data.value());
        } catch (InvalidPathException e) {
            throw data.invalid(data.value() + " is not a path");
        }
        if (url.value() == null) writableDirectory(dir, data);
        return new StoreSettings(
                dir,
                url.value(),
                Setting.of("--db-user", dbUser, null).value(),
                Setting.of("--db-password", dbPassword, null).value(),
                Setting.of("--key-encryption-key", keyEncryptionKey, null).value());
    }

    private static void writableDirectory(Path dir, Setting setting) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw setting.invalid(dir + " is not a writable directory (it cannot be created)");
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir))
            throw setting.invalid(dir + " is not a writable directory");
    }
}
