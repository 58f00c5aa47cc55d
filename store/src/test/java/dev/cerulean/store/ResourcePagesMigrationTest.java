package dev.cerulean.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadableResources;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V21 on a database that holds resources from before: each gets its type and name from its id. */
class ResourcePagesMigrationTest {
    private static final SubscriptionId SUBSCRIPTION =
            new SubscriptionId(UUID.fromString("5c000000-0000-4000-8000-000000000001"));

    @Test
    void resourcesStoredBeforeV21AreSelectedByTheirTypeAndName(@TempDir Path dir) throws Exception {
        ResourceId vault = ResourceId.of(SUBSCRIPTION, "Providers", "Microsoft.KeyVault/vaults", "kv_1");
        ResourceId database = new ResourceId(SUBSCRIPTION, "rg-data", "Microsoft.Sql/servers/Sql1/databases/Db1");
        String url = Database.h2FileUrl(dir);
        try (HikariDataSource old = EarlierSchema.at(url, "20")) {
            try (var c = old.getConnection();
                    var s = c.createStatement()) {
                for (ResourceId id : List.of(vault, database)) {
                    s.execute("INSERT INTO resources (id_key, id, subscription_id, group_key, location) VALUES ('"
                            + id.key() + "', '" + id + "', '" + SUBSCRIPTION + "', '"
                            + id.resourceGroup().toLowerCase() + "', 'westeurope')");
                }
            }
        }

        try (Database db = Database.open(url, null, null)) {
            var resources = db.ports(Clock.systemUTC(), IdGenerator.random()).resources();

            assertThat(resources.typesIn(SUBSCRIPTION, null))
                    .containsExactlyInAnyOrder("microsoft.keyvault/vaults", "microsoft.sql/servers/databases");
            var databases = new ReadableResources(Set.of("microsoft.sql/servers/databases"), Map.of(), Map.of());
            assertThat(resources.page(SUBSCRIPTION, databases, new ResourceFilter(null, null, "DB"), 0, 10))
                    .extracting(Resource::id)
                    .containsExactly(database);
            var vaults = new ReadableResources(Set.of("microsoft.keyvault/vaults"), Map.of(), Map.of());
            assertThat(resources.count(SUBSCRIPTION, vaults, new ResourceFilter("providers", null, "kv_")))
                    .isEqualTo(1);
        }
    }
}
