package dev.cerulean.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V15 on a database that holds apps from before: they stay valid, with their client id as object id. */
class ApplicationObjectsMigrationTest {
    private static final UUID CLIENT = UUID.fromString("c1000000-0000-4000-8000-000000000001");
    private static final UUID DIRECTORY = UUID.fromString("d1000000-0000-4000-8000-000000000001");
    private static final UUID SP = UUID.fromString("5b000000-0000-4000-8000-000000000001");

    @Test
    void anAppStoredBeforeV15KeepsItsServicePrincipalAndRolesAndGetsItsClientIdAsObjectId(@TempDir Path dir)
            throws Exception {
        String url = Database.h2FileUrl(dir);
        try (HikariDataSource old = EarlierSchema.at(url, "13")) {
            try (var c = old.getConnection();
                    var s = c.createStatement()) {
                s.execute("INSERT INTO app_registrations (client_id, directory_id, service_principal, display_name) "
                        + "VALUES ('" + CLIENT + "', '" + DIRECTORY + "', '" + SP + "', 'legacy')");
                s.execute("INSERT INTO app_graph_roles (client_id, pos, role) VALUES ('" + CLIENT
                        + "', 0, 'User.Read.All')");
            }
        }

        try (Database db = Database.open(url, null, null)) {
            AppRegistration app = db.ports(Clock.systemUTC(), IdGenerator.random())
                    .appRegistrations()
                    .byClientId(CLIENT)
                    .orElseThrow();

            assertThat(app.objectId()).isEqualTo(new ObjectId(CLIENT));
            assertThat(app.servicePrincipal()).isEqualTo(new ObjectId(SP));
            assertThat(app.graphAppRoles()).containsExactly("User.Read.All");
            assertThat(app.owners()).isEmpty();
        }
    }
}
