package dev.cerulean.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.store.access.JdbiRoleAssignments;
import dev.cerulean.store.access.JdbiRoleDefinitions;
import dev.cerulean.store.account.JdbiMicrosoftAccounts;
import dev.cerulean.store.activity.JdbiActivityLog;
import dev.cerulean.store.directory.JdbiAppRegistrations;
import dev.cerulean.store.directory.JdbiDirectories;
import dev.cerulean.store.directory.JdbiDirectoryRoles;
import dev.cerulean.store.directory.JdbiDirectoryUsers;
import dev.cerulean.store.directory.JdbiGroups;
import dev.cerulean.store.move.JdbiChangeTenantRequests;
import dev.cerulean.store.move.JdbiDirectoryLinkRequests;
import dev.cerulean.store.resource.JdbiIdentityEndpointGrants;
import dev.cerulean.store.secret.Argon2PasswordHasher;
import dev.cerulean.store.secret.KeyEncryption;
import dev.cerulean.store.signin.JdbiDirectoryPreferences;
import dev.cerulean.store.signin.JdbiSessions;
import dev.cerulean.store.signin.JdbiSignInAttempts;
import dev.cerulean.store.subscription.JdbiCoAdministrators;
import dev.cerulean.store.subscription.JdbiFollowUpItems;
import dev.cerulean.store.subscription.JdbiResourceGroups;
import dev.cerulean.store.subscription.JdbiResources;
import dev.cerulean.store.subscription.JdbiSubscriptions;
import dev.cerulean.store.support.JdbiSupportRequests;
import dev.cerulean.store.token.JdbiAuthorizationCodes;
import dev.cerulean.store.token.JdbiDeviceCodes;
import dev.cerulean.store.token.JdbiRefreshTokens;
import dev.cerulean.store.token.JdbiSigningKeys;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The store: a connection pool on H2 (embedded, a file in the data directory) or PostgreSQL,
 * migrated by Flyway on open, and the JDBI adapters of every port.
 */
public final class Database implements AutoCloseable {
    private static final int IDENTITY_CACHE = 100_000;

    private final HikariDataSource pool;
    private final JdbiTransactions transactions;
    private final String product;

    private Database(HikariDataSource pool, JdbiTransactions transactions, String product) {
        this.pool = pool;
        this.transactions = transactions;
        this.product = product;
    }

    /** Opens (and migrates) the database at {@code jdbcUrl}; user and password may be null. */
    public static Database open(String jdbcUrl, String user, String password) {
        boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
        HikariConfig config = new HikariConfig();
        config.setPoolName("cerulean");
        if (h2) {
            // H2's own DataSource, not the URL: Hikari would look the driver up through
            // DriverManager, which loads and initialises every JDBC driver on the class path
            JdbcDataSource h2Source = new JdbcDataSource();
            h2Source.setURL(jdbcUrl);
            h2Source.setUser(user != null ? user : "sa");
            h2Source.setPassword(password != null ? password : "");
            config.setDataSource(h2Source);
        } else {
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            config.setPassword(password);
        }
        // READ COMMITTED everywhere: Subscriptions.update re-checks the version after waiting for
        // a concurrent writer of the row, which is all the isolation the use cases rely on
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(h2 ? 8 : 16);
        config.setMinimumIdle(h2 ? 1 : 2);
        config.setConnectionTimeout(5_000);
        // PostgreSQL: a JDBC batch of INSERTs goes to the server as multi-row INSERTs, not one
        // statement per row (a directory change logs thousands of entries in one batch)
        if (!h2) config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // the pool starts with the first connection (the migration check's), and JDBI's set-up,
        // which needs no connection, runs meanwhile on another thread: both are slow on a cold JVM
        HikariDataSource pool = new HikariDataSource();
        config.copyStateTo(pool);
        CompletableFuture<Jdbi> jdbiSetUp = CompletableFuture.supplyAsync(() -> jdbi(pool));
        try {
            Migrations.migrate(pool);
            if (h2) cacheIdentityValues(pool);
            String product;
            try (Connection c = pool.getConnection()) {
                product = c.getMetaData().getDatabaseProductName();
            }
            Jdbi jdbi = jdbiSetUp.join();
            return new Database(pool, new JdbiTransactions(jdbi), product);
        } catch (SQLException | RuntimeException e) {
            jdbiSetUp.cancel(false);
            pool.close();
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            throw cause instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("cannot open the database", cause);
        }
    }

    private static Jdbi jdbi(HikariDataSource pool) {
        Jdbi jdbi = Jdbi.create(pool);
        jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        Columns.register(jdbi);
        return jdbi;
    }

    /**
     * H2 persists the state of an identity column's sequence every CACHE values (32 by
     * default) by committing its system session, and with WRITE_DELAY=0 every such commit
     * writes the store's changed pages to the file, those of the running transaction included:
     * a directory change that logs 4,500 entries wrote the store 140 times. With 100,000 the
     * values stay unique and in insertion order; only a crash may skip some (seq orders rows,
     * nothing relies on it being dense). PostgreSQL is left alone: its cache is per session
     * and would break the insertion order across sessions.
     */
    private static void cacheIdentityValues(HikariDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            List<String> alter = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE is_identity = 'YES' AND table_schema = current_schema AND identity_cache < "
                    + IDENTITY_CACHE)) {
                while (rs.next()) {
                    alter.add("ALTER TABLE " + rs.getString(1) + " ALTER COLUMN " + rs.getString(2) + " SET CACHE "
                            + IDENTITY_CACHE);
                }
            }
            for (String sql : alter) s.execute(sql);
            if (!c.getAutoCommit()) c.commit();
        }
    }

    /**
     * The JDBC URL of the embedded, durable H2 file database in {@code dataDirectory}.
     * <p>
     * H2's MVStore normally writes committed transactions to the file in the background, up to
     * WRITE_DELAY (500 ms) later, so a SIGKILL can lose commits that were already acknowledged.
     * With {@code WRITE_DELAY=0} the store has no background writer and every committing
     * transaction writes its changes to the file before commit returns (TransactionStore
     * commits the MVStore when the auto-commit delay is 0). That survives the process being
     * killed; surviving a power cut would additionally need fsync, which H2 does not do per
     * commit. The other settings make H2 behave like PostgreSQL: PostgreSQL mode, lower-case
     * identifiers, NULLs sorted last; the application closes the database itself.
     */
    public static String h2FileUrl(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve("cerulean");
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Every port, backed by this database, with Argon2id password hashing and signing keys stored in plain. */
    public Ports ports(Clock clock, IdGenerator ids) {
        return ports(clock, ids, KeyEncryption.none());
    }

    /** Every port, backed by this database; private signing keys sealed with {@code keys}. */
    public Ports ports(Clock clock, IdGenerator ids, KeyEncryption keys) {
        JdbiTransactions db = transactions;
        return new Ports(
                db,
                new JdbiMicrosoftAccounts(db),
                new JdbiDirectories(db),
                new JdbiDirectoryUsers(db),
                new JdbiDirectoryRoles(db),
                new JdbiAppRegistrations(db),
                new JdbiGroups(db),
                new JdbiSubscriptions(db),
                new JdbiCoAdministrators(db),
                new JdbiResourceGroups(db),
                new JdbiResources(db),
                new JdbiIdentityEndpointGrants(db),
                new JdbiFollowUpItems(db),
                new JdbiRoleDefinitions(db),
                new JdbiRoleAssignments(db),
                new JdbiDirectoryLinkRequests(db),
                new JdbiChangeTenantRequests(db),
                new JdbiActivityLog(db),
                new JdbiSupportRequests(db),
                new JdbiSessions(db),
                new JdbiSignInAttempts(db),
                new JdbiSigningKeys(db, keys),
                new JdbiRefreshTokens(db),
                new JdbiAuthorizationCodes(db),
                new JdbiDeviceCodes(db),
                clock,
                ids,
                new Argon2PasswordHasher(),
                new JdbiDirectoryPreferences(db));
    }

    /** The transactions (and handles) of this database; for the store's own tests and tools. */
    JdbiTransactions transactions() {
        return transactions;
    }

    /** True when the database answers a trivial query. */
    public boolean isHealthy() {
        if (pool.isClosed()) return false;
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * True when the store holds no Microsoft account, directory or subscription: the question
     * {@code LoadWorld.storeIsEmpty} asks through the ports, answered with one plain SQL query.
     * Start-up asks it to decide whether to load a world; through JDBI the first statement of a
     * cold JVM costs about a quarter of a second (statement machinery, its flight-recorder event),
     * which the first request that needs JDBI pays instead.
     */
    public boolean isEmpty() {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM microsoft_accounts)"
                        + " AND NOT EXISTS (SELECT 1 FROM directories) AND NOT EXISTS (SELECT 1 FROM subscriptions)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store", e);
        }
    }

    /**
     * Brings the query planner's statistics up to date after a bulk load: on PostgreSQL, ANALYZE of
     * every table of the schema (H2 analyzes a table by itself after enough changed rows). Without
     * it, a statement that a pooled connection prepared while its tables were small keeps that
     * plan until autovacuum next analyzes them: a count of a member's 40,000 groups, planned as a
     * nested loop over a then-tiny table, ran for minutes instead of 0.1 s. ANALYZE's invalidation
     * makes every connection plan again.
     */
    public void refreshStatistics() {
        if (!"PostgreSQL".equals(product)) return;
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) s.execute("ANALYZE \"" + table.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot refresh the database's statistics", e);
        }
    }

    /** "H2" or "PostgreSQL". */
    public String product() {
        return product;
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * Seals the private signing keys still stored in plain with {@code keys} (a store written
     * before sealing existed), then opens every key once: {@link KeyEncryption.WrongKey} when
     * {@code keys} is not the key they were sealed with. Returns how many were sealed now. Plain
     * JDBC, as the other reads on the start-up path: JDBI's first use costs a tenth of a start.
     */
    public int sealSigningKeys(KeyEncryption keys) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            int sealed = 0;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT key_id, private_jwk FROM signing_keys");
                    PreparedStatement update =
                            c.prepareStatement("UPDATE signing_keys SET private_jwk = ? WHERE key_id = ?")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String stored = rs.getString(2);
                    if (KeyEncryption.isSealed(stored)) {
                        keys.open(id, stored);
                    } else if (keys.hasKey()) {
                        update.setString(1, keys.seal(id, stored));
                        update.setString(2, id);
                        update.executeUpdate();
                        sealed++;
                    }
                }
            }
            c.commit();
            return sealed;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the signing keys", e);
        }
    }

    /**
     * The store's generation: a number the server moves on at every start and stop and keeps a copy
     * of outside the database, so that a database older than the last run (truncated, replaced by
     * an old copy, emptied) is noticed at start. 0 for a store that never had one.
     */
    public long generation() {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT generation FROM store_generation WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store's generation", e);
        }
    }

    /** Moves the generation on by one, committed; the new value. */
    public long nextGeneration() {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            long next;
            try (Statement s = c.createStatement()) {
                if (s.executeUpdate("UPDATE store_generation SET generation = generation + 1 WHERE id = 1") == 0) {
                    s.executeUpdate("INSERT INTO store_generation (id, generation) VALUES (1, 1)");
                }
                try (ResultSet rs = s.executeQuery("SELECT generation FROM store_generation WHERE id = 1")) {
                    rs.next();
                    next = rs.getLong(1);
                }
            }
            c.commit();
            return next;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the store's generation on", e);
        }
    }

    /** Opens every private signing key with {@code from} and seals it with {@code to}, in one transaction; how many. */
    public int resealSigningKeys(KeyEncryption from, KeyEncryption to) {
        var read = new JdbiSigningKeys(transactions, from);
        return transactions.inTransaction(() -> read.resealWith(to));
    }
}
