package dev.cerulean.junit;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.world.ExportWorld;
import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.StoreStatus;
import dev.cerulean.server.identity.IdentitySettings;
import dev.cerulean.server.tls.CertificateFiles;
import dev.cerulean.server.tls.SelfSignedCertificate;
import dev.cerulean.server.tls.ServerCertificate;
import dev.cerulean.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * One Cerulean in this JVM: an H2 database in memory (gone when closed), the world loaded into
 * it, a fresh self-signed certificate for {@code localhost}, and HTTP, HTTPS and Graph listeners
 * on free ports. The certificate is also written, as PEM and as a PKCS#12 trust store, to a
 * temporary directory for clients that read files; closing deletes it.
 */
final class InProcessCerulean implements AutoCloseable {
    static final String TRUST_STORE_PASSWORD = "changeit";

    final WorldIndex world;
    final CeruleanServer server;
    final ServerCertificate certificate;
    final Path certificatePem;
    final Path trustStore;
    private final Connection keepsDatabase;
    private final Database database;
    private final Path files;
    private boolean closed;

    private InProcessCerulean(
            WorldIndex world,
            CeruleanServer server,
            ServerCertificate certificate,
            Path files,
            Connection keepsDatabase,
            Database database) {
        this.world = world;
        this.server = server;
        this.certificate = certificate;
        this.files = files;
        this.certificatePem = files.resolve("cerulean.pem");
        this.trustStore = files.resolve("cerulean-truststore.p12");
        this.keepsDatabase = keepsDatabase;
        this.database = database;
    }

    static InProcessCerulean start(WorldSource source) {
        String url = "jdbc:h2:mem:cerulean-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
        Connection keepsDatabase = null;
        Database database = null;
        Path files = null;
        try {
            // an in-memory H2 database lives while a connection to it is open: this one outlives the pool's
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser("sa");
            keepsDatabase = h2.getConnection();
            database = Database.open(url, null, null);
            Ports ports = database.ports(Clock.systemUTC(), IdGenerator.random());
            if (new LoadWorld(ports).load(source.world()) instanceof LoadWorld.Invalid invalid) {
                throw new ExtensionConfigurationException("@Cerulean: the world " + source.name()
                        + " cannot be loaded:\n" + source.describe(invalid.problems()));
            }
            WorldIndex world = new WorldIndex(source.world(), new ExportWorld(ports).export());
            ServerCertificate certificate =
                    SelfSignedCertificate.create(SelfSignedCertificate.names(List.of()), Instant.now());
            files = Files.createTempDirectory("cerulean-junit-");
            Database db = database;
            CeruleanServer server = new CeruleanServer(ports, new StoreStatus() {
                        @Override
                        public boolean isHealthy() {
                            return db.isHealthy();
                        }

                        @Override
                        public String product() {
                            return db.product();
                        }
                    })
                    // a device code login is approved by the test itself: poll every second, not every five
                    .identitySettings(IdentitySettings.DEFAULT.withDeviceCodeInterval(1));
            InProcessCerulean cerulean =
                    new InProcessCerulean(world, server, certificate, files, keepsDatabase, database);
            CertificateFiles.writePem(certificate, cerulean.certificatePem);
            CertificateFiles.writeTrustStore(certificate, cerulean.trustStore, TRUST_STORE_PASSWORD.toCharArray());
            server.start(Listeners.anyFreePorts(certificate));
            return cerulean;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(database, keepsDatabase, files);
            if (e instanceof ExtensionConfigurationException c) throw c;
            throw new IllegalStateException("Cerulean did not start: " + e.getMessage(), e);
        }
    }

    /** Stops the listeners, drops the database and deletes the certificate files; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        server.close();
        closeQuietly(database, keepsDatabase, files);
    }

    private static void closeQuietly(Database database, Connection keepsDatabase, Path files) {
        if (database != null) database.close();
        try {
            if (keepsDatabase != null) keepsDatabase.close();
        } catch (SQLException e) {
            // the database is in memory: nothing is left behind either way
        }
        if (files != null) deleteTree(files);
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) return;
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary directory: the operating system cleans up what is left
        }
    }
}
