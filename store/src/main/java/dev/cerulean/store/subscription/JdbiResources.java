package dev.cerulean.store.subscription;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.key;
import static dev.cerulean.store.Columns.object;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Resources keyed by the lower-case form of their ARM id (ids compare case-insensitively). */
public final class JdbiResources implements Resources {
    private static final String RESOURCE =
            "SELECT id, location, tenant_id, mi_principal, mi_tenant, mi_enabled " + "FROM resources";
    private static final RowMapper<Resource> ROW = (rs, ctx) -> {
        String id = rs.getString("id");
        Resource.ManagedIdentity identity = rs.getObject("mi_enabled") == null
                ? null
                : new Resource.ManagedIdentity(
                        object(rs, "mi_principal"), directory(rs, "mi_tenant"), rs.getBoolean("mi_enabled"));
        return new Resource(
                ResourceId.parse(id).orElseThrow(() -> new IllegalStateException("stored resource id " + id)),
                rs.getString("location"),
                directory(rs, "tenant_id"),
                identity);
    };

    private static final String UPDATE = "UPDATE resources SET location = :location, tenant_id = :tenant, "
            + "mi_principal = :miPrincipal, mi_tenant = :miTenant, mi_enabled = :miEnabled WHERE id_key = :key";

    private final JdbiTransactions db;

    public JdbiResources(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Resource r) {
        db.useHandle(h -> bindFields(
                        h.createUpdate("INSERT INTO resources (id_key, id, subscription_id, group_key, "
                                + "location, tenant_id, mi_principal, mi_tenant, mi_enabled) VALUES (:key, :id, :subscription, :group, "
                                + ":location, :tenant, :miPrincipal, :miTenant, :miEnabled)"),
                        r)
                .execute());
    }

    @Override
    public void update(Resource r) {
        db.useHandle(h -> bindFields(h.createUpdate(UPDATE), r).execute());
    }

    /** One JDBC batch of the same UPDATE. */
    @Override
    public void updateAll(List<Resource> resources) {
        if (resources.isEmpty()) return;
        db.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch(UPDATE);
            for (Resource r : resources) bindFields(batch, r).add();
            batch.execute();
        });
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, Resource r) {
        Resource.ManagedIdentity mi = r.identity();
        return statement
                .bind("key", r.id().key())
                .bind("id", r.id().toString())
                .bind("subscription", r.id().subscription().value())
                .bind("group", key(r.id().resourceGroup()))
                .bind("location", r.location())
                .bind("tenant", value(r.tenantId()))
                .bind("miPrincipal", mi == null ? null : value(mi.principalId()))
                .bind("miTenant", mi == null ? null : value(mi.tenantId()))
                .bind("miEnabled", mi == null ? null : mi.enabled());
    }

    @Override
    public void remove(ResourceId id) {
        db.useHandle(h -> h.createUpdate("DELETE FROM resources WHERE id_key = :key")
                .bind("key", id.key())
                .execute());
    }

    @Override
    public Optional<Resource> byId(ResourceId id) {
        return db.withHandle(h -> h.createQuery(RESOURCE + " WHERE id_key = :key")
                .bind("key", id.key())
                .map(ROW)
                .findOne());
    }

    @Override
    public List<Resource> of(SubscriptionId subscription) {
        return db.withHandle(h -> h.createQuery(RESOURCE + " WHERE subscription_id = :subscription ORDER BY id_key")
                .bind("subscription", subscription.value())
                .map(ROW)
                .list());
    }

    @Override
    public List<Resource> inGroup(SubscriptionId subscription, String resourceGroup) {
        return db.withHandle(h -> h.createQuery(
                        RESOURCE + " WHERE subscription_id = :subscription AND group_key = :group " + "ORDER BY id_key")
                .bind("subscription", subscription.value())
                .bind("group", key(resourceGroup))
                .map(ROW)
                .list());
    }
}
