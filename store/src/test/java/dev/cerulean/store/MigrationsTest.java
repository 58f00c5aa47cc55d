package dev.cerulean.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @Test
    void theBundledScriptsAreListedByVersion() {
        assertThat(Migrations.bundledVersions()).contains("1");
    }

    @Test
    void theIndexListsExactlyTheScriptsOfTheMigrationFolder() throws Exception {
        Path folder = Path.of("src", "main", "resources", "db", "migration");
        java.util.List<String> scripts;
        try (var files = java.nio.file.Files.list(folder)) {
            scripts = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        java.util.List<String> listed =
                java.nio.file.Files.readAllLines(
                                Path.of("src", "main", "resources").resolve(Migrations.INDEX))
                        .stream()
                        .filter(l -> !l.isBlank())
                        .sorted()
                        .toList();

        assertThat(listed).as("add every new script to " + Migrations.INDEX).isEqualTo(scripts);
    }

    @Test
    void anEmptyDatabaseHasNothingAppliedAndAMigratedOneHasEveryBundledVersion(@TempDir Path dir) {
        try (HikariDataSource empty = new HikariDataSource()) {
            empty.setJdbcUrl(Database.h2FileUrl(dir.resolve("empty")));
            empty.setUsername("sa");
            assertThat(Migrations.appliedVersions(empty)).isEmpty();
        }
        try (Database db = Database.open(Database.h2FileUrl(dir), null, null)) {
            assertThat(db.isHealthy()).isTrue();
        }
        try (HikariDataSource migrated = new HikariDataSource()) {
            migrated.setJdbcUrl(Database.h2FileUrl(dir));
            migrated.setUsername("sa");
            assertThat(Migrations.appliedVersions(migrated)).containsAll(Migrations.bundledVersions());
        }
    }
}
