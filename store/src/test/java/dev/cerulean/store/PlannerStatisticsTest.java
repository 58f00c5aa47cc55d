package dev.cerulean.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.contract.ContractData;
import dev.cerulean.core.directory.group.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * After a bulk load the planner must see the tables as they are: statements prepared on pooled
 * connections while the tables were small otherwise keep plans made for a handful of rows (a
 * member's 40,000 groups were counted in minutes instead of a tenth of a second).
 */
class PlannerStatisticsTest {
    private static final int GROUPS = 2_000;

    @Test
    void onPostgreSqlABulkLoadIsFollowedByFreshStatistics() {
        PostgresStore.Schema schema = PostgresStore.freshSchema("cerulean_stats");
        try (Database db = Database.open(schema.url(), schema.user(), schema.password())) {
            // autovacuum must not analyze the table meanwhile: only refreshStatistics may
            db.transactions()
                    .useHandle(h -> h.execute("ALTER TABLE directory_groups SET (autovacuum_enabled = false)"));
            db.ports(ContractData.clock(), IdGenerator.random()).groups().addAll(groups());
            assertThat(estimatedRows(db)).as("before: never analyzed").isNotEqualTo(GROUPS);

            db.refreshStatistics();

            assertThat(estimatedRows(db)).isEqualTo(GROUPS);
        }
    }

    @Test
    void onH2ThereIsNothingToRefresh() {
        try (Database db = Database.open("jdbc:h2:mem:stats-" + UUID.randomUUID(), null, null)) {
            assertThatCode(db::refreshStatistics).doesNotThrowAnyException();
            assertThat(db.product()).isEqualTo("H2");
        }
    }

    /** What the planner believes the table holds. */
    private static long estimatedRows(Database db) {
        return db.transactions()
                .withHandle(h -> h.createQuery(
                                "SELECT reltuples::bigint FROM pg_class WHERE oid = 'directory_groups'::regclass")
                        .mapTo(Long.class)
                        .one());
    }

    private static List<Group> groups() {
        DirectoryId directory = new DirectoryId(UUID.randomUUID());
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            groups.add(new Group(new ObjectId(UUID.randomUUID()), directory, "g" + i, "g" + i, null, ContractData.T0));
        }
        return groups;
    }
}
