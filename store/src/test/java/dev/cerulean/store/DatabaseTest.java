package dev.cerulean.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.contract.ContractData;
import dev.cerulean.store.secret.Argon2PasswordHasher;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static Ports ports(Database db) {
        return db.ports(ContractData.clock(), IdGenerator.random());
    }

    @Test
    void theH2FileDatabaseKeepsItsDataAcrossRestarts(@TempDir Path dir) {
        MicrosoftAccount kelley = new MicrosoftAccount(
                new MicrosoftAccountId(UUID.randomUUID()),
                Email.of("kelley.wall@outlook.com"),
                "Kelley Wall",
                ContractData.hash("pw"),
                ContractData.T0);
        try (Database db = Database.open(Database.h2FileUrl(dir), null, null)) {
            ports(db).microsoftAccounts().add(kelley);
        }

        try (Database reopened = Database.open(Database.h2FileUrl(dir), null, null)) {
            assertThat(ports(reopened).microsoftAccounts().byId(kelley.id())).contains(kelley);
        }
    }

    @Test
    void instantsAreKeptToTheMicrosecondOnEveryDatabase() {
        java.time.Instant precise = java.time.Instant.parse("2024-05-01T10:15:30.123456789Z");
        MicrosoftAccount kelley = new MicrosoftAccount(
                new MicrosoftAccountId(UUID.randomUUID()),
                Email.of("kelley.wall@outlook.com"),
                "Kelley Wall",
                ContractData.hash("pw"),
                precise);
        Ports ports = H2Store.freshPorts();

        ports.microsoftAccounts().add(kelley);

        assertThat(ports.microsoftAccounts().byId(kelley.id()).orElseThrow().createdAt())
                .isEqualTo(java.time.Instant.parse("2024-05-01T10:15:30.123456Z"));
    }

    @Test
    void theH2UrlIsADurableFileInTheDataDirectoryInPostgreSqlMode(@TempDir Path dir) {
        String url = Database.h2FileUrl(dir);

        assertThat(url)
                .startsWith("jdbc:h2:file:" + dir.toAbsolutePath().resolve("cerulean"))
                .contains(";MODE=PostgreSQL")
                .contains(";WRITE_DELAY=0");
    }

    @Test
    void anOpenDatabaseIsHealthyAndAClosedOneIsNot(@TempDir Path dir) {
        Database db = Database.open(Database.h2FileUrl(dir), null, null);
        assertThat(db.product()).isEqualTo("H2");
        assertThat(db.isHealthy()).isTrue();

        db.close();

        assertThat(db.isHealthy()).isFalse();
    }

    @Test
    void portsHashPasswordsWithArgon2id(@TempDir Path dir) {
        try (Database db = Database.open(Database.h2FileUrl(dir), null, null)) {
            assertThat(ports(db).passwordHasher()).isInstanceOf(Argon2PasswordHasher.class);
            assertThat(ports(db).transactions()).isInstanceOf(JdbiTransactions.class);
        }
    }

    @Test
    void postgresqlIsReportedAsSuch() {
        Database db = PostgresStore.database();

        assertThat(db.product()).isEqualTo("PostgreSQL");
        assertThat(db.isHealthy()).isTrue();
    }

    @Test
    void h2HandsOutIdentityValuesInBulkAndKeepsTheirOrderAcrossRestarts(@TempDir Path dir) {
        ActivityLogEntry before = entry("a/write");
        ActivityLogEntry after = entry("b/write");
        try (Database db = Database.open(Database.h2FileUrl(dir), null, null)) {
            int smallestCache = db.transactions()
                    .withHandle(h -> h.createQuery(
                                    "SELECT MIN(identity_cache) FROM "
                                            + "information_schema.columns WHERE is_identity = 'YES' AND table_schema = current_schema")
                            .mapTo(Integer.class)
                            .one());
            assertThat(smallestCache).isGreaterThanOrEqualTo(100_000);
            ports(db).activityLog().append(before);
        }

        try (Database reopened = Database.open(Database.h2FileUrl(dir), null, null)) {
            ports(reopened).activityLog().append(after);

            assertThat(ports(reopened).activityLog().all()).containsExactly(after, before);
        }
    }

    private static ActivityLogEntry entry(String operation) {
        return new ActivityLogEntry(
                UUID.randomUUID(),
                ContractData.T0,
                "kelley.wall@outlook.com",
                operation,
                null,
                ActivityLogEntry.Status.Succeeded,
                "c",
                null,
                null,
                null);
    }
}
