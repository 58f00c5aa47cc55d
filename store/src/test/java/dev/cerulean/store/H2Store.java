package dev.cerulean.store;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.contract.ContractData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The contracts' H2: one durable file database (as the server runs it) per test run, emptied per test. */
public final class H2Store {
    private H2Store() {}

    private static Database database;

    public static synchronized Database database() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("cerulean-h2-contract");
                Database opened = Database.open(Database.h2FileUrl(dir), null, null);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    opened.close();
                    deleteQuietly(dir);
                }));
                database = opened;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return database;
    }

    public static Ports freshPorts() {
        Database db = database();
        EmptyStore.empty(db);
        return db.ports(ContractData.clock(), IdGenerator.random());
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
