package dev.cerulean.store.subscription;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.key;
import static dev.cerulean.store.Columns.object;
import static dev.cerulean.store.Columns.uuid;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadableResources;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceFilter;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.store.JdbiTransactions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Resources keyed by the lower-case form of their ARM id (ids compare case-insensitively); their
 * tags in {@code resource_tags} and their attached user-assigned identities in
 * {@code resource_user_identities}, each read for a whole list in one more query.
 */
public final class JdbiResources implements Resources {
    private static final String RESOURCE =
            "SELECT id, location, tenant_id, mi_principal, mi_tenant, mi_enabled, mi_client FROM resources";
    private static final RowMapper<Resource> ROW = (rs, ctx) -> {
        String id = rs.getString("id");
        Resource.ManagedIdentity identity = rs.getObject("mi_enabled") == null
                ? null
                : new Resource.ManagedIdentity(
                        object(rs, "mi_principal"),
                        directory(rs, "mi_tenant"),
                        rs.getBoolean("mi_enabled"),
                        uuid(rs, "mi_client"));
        return new Resource(
                ResourceId.parse(id).orElseThrow(() -> new IllegalStateException("stored resource id " + id)),
                rs.getString("location"),
                directory(rs, "tenant_id"),
                identity);
    };

    private static final String UPDATE = "UPDATE resources SET location = :location, tenant_id = :tenant, "
            + "mi_principal = :miPrincipal, mi_tenant = :miTenant, mi_enabled = :miEnabled, mi_client = :miClient "
            + "WHERE id_key = :key";

    private final JdbiTransactions db;

    public JdbiResources(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Resource r) {
        db.useHandle(h -> {
            bindFields(
                            h.createUpdate(
                                    "INSERT INTO resources (id_key, id, subscription_id, group_key, type_key, name_key, "
                                            + "location, tenant_id, mi_principal, mi_tenant, mi_enabled, mi_client) VALUES "
                                            + "(:key, :id, :subscription, :group, :type, :name, :location, :tenant, "
                                            + ":miPrincipal, :miTenant, :miEnabled, :miClient)"),
                            r)
                    .bind("type", key(r.id().type()))
                    .bind("name", key(r.id().name()))
                    .execute();
            insertTags(h, r);
            insertUserIdentities(h, r);
        });
    }

    @Override
    public void update(Resource r) {
        db.useHandle(h -> {
            if (bindFields(h.createUpdate(UPDATE), r).execute() == 0) return;
            for (String table : List.of("resource_tags", "resource_user_identities")) {
                h.createUpdate("DELETE FROM " + table + " WHERE id_key = :key")
                        .bind("key", r.id().key())
                        .execute();
            }
            insertTags(h, r);
            insertUserIdentities(h, r);
        });
    }

    private static void insertUserIdentities(Handle h, Resource r) {
        if (r.userAssignedIdentities().isEmpty()) return;
        PreparedBatch batch = h.prepareBatch(
                "INSERT INTO resource_user_identities (id_key, seq, identity_id) VALUES (:key, :seq, :identity)");
        int seq = 0;
        for (ResourceId identity : r.userAssignedIdentities()) {
            batch.bind("key", r.id().key())
                    .bind("seq", seq++)
                    .bind("identity", identity.toString())
                    .add();
        }
        batch.execute();
    }

    private static void insertTags(Handle h, Resource r) {
        if (r.tags().isEmpty()) return;
        PreparedBatch batch =
                h.prepareBatch("INSERT INTO resource_tags (id_key, name, tag_value) VALUES (:key, :name, :value)");
        r.tags()
                .forEach((name, value) -> batch.bind("key", r.id().key())
                        .bind("name", name)
                        .bind("value", value)
                        .add());
        batch.execute();
    }

    /** One JDBC batch of the same UPDATE (what a directory change writes: identities, never tags). */
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
                .bind("miEnabled", mi == null ? null : mi.enabled())
                .bind("miClient", mi == null ? null : mi.clientId());
    }

    @Override
    public void remove(ResourceId id) {
        db.useHandle(h -> h.createUpdate("DELETE FROM resources WHERE id_key = :key")
                .bind("key", id.key())
                .execute());
    }

    @Override
    public Optional<Resource> byId(ResourceId id) {
        return load(" WHERE id_key = :key", q -> q.bind("key", id.key())).stream()
                .findFirst();
    }

    @Override
    public List<Resource> of(SubscriptionId subscription) {
        return load(
                " WHERE subscription_id = :subscription ORDER BY id_key",
                q -> q.bind("subscription", subscription.value()));
    }

    @Override
    public List<Resource> inGroup(SubscriptionId subscription, String resourceGroup) {
        return load(
                " WHERE subscription_id = :subscription AND group_key = :group ORDER BY id_key",
                q -> q.bind("subscription", subscription.value()).bind("group", key(resourceGroup)));
    }

    @Override
    public Set<String> typesIn(SubscriptionId subscription, String group) {
        return db.withHandle(h -> {
            Query q = h.createQuery("SELECT DISTINCT type_key FROM resources WHERE subscription_id = :subscription"
                            + (group == null ? "" : " AND group_key = :group"))
                    .bind("subscription", subscription.value());
            if (group != null) q.bind("group", key(group));
            return Set.copyOf(q.mapTo(String.class).list());
        });
    }

    @Override
    public List<Resource> page(
            SubscriptionId subscription, ReadableResources readable, ResourceFilter filter, int offset, int limit) {
        if (readable.none()) return List.of();
        ResourceSelection selection = new ResourceSelection(subscription, readable, filter);
        return load(selection.where() + " ORDER BY id_key LIMIT :limit OFFSET :offset", q -> {
            selection.bind(q);
            q.bind("limit", limit).bind("offset", offset);
        });
    }

    @Override
    public int count(SubscriptionId subscription, ReadableResources readable, ResourceFilter filter) {
        if (readable.none()) return 0;
        ResourceSelection selection = new ResourceSelection(subscription, readable, filter);
        return db.withHandle(h -> {
            Query q = h.createQuery("SELECT COUNT(*) FROM resources" + selection.where());
            selection.bind(q);
            return q.mapTo(Integer.class).one();
        });
    }

    @Override
    public Optional<Resource> byPrincipal(ObjectId principal) {
        return load(" WHERE mi_principal = :principal", q -> q.bind("principal", principal.value())).stream()
                .findFirst();
    }

    @Override
    public Optional<Resource> byClientId(UUID clientId) {
        // rows written before client ids were stored have a derived one (Resource.ManagedIdentity): look at those too
        return load(
                        " WHERE mi_client = :client OR (mi_client IS NULL AND mi_enabled IS NOT NULL)",
                        q -> q.bind("client", clientId))
                .stream()
                .filter(r -> r.identity().clientId().equals(clientId))
                .findFirst();
    }

    /**
     * The resources {@code where} selects, with their tags and attached identities read by one more
     * query each over the same selection (no list of ids to bind, however many resources a
     * subscription has; a page's selection keeps its order and limit).
     */
    private List<Resource> load(String where, Consumer<Query> bind) {
        return db.withHandle(h -> {
            Query rows = h.createQuery(RESOURCE + where);
            bind.accept(rows);
            List<Resource> resources = rows.map(ROW).list();
            if (resources.isEmpty()) return resources;
            String selection = where.contains(" LIMIT ") ? where : where.replaceAll(" ORDER BY .*$", "");
            Query tagRows = h.createQuery("SELECT id_key, name, tag_value FROM resource_tags WHERE id_key IN "
                    + "(SELECT id_key FROM resources" + selection + ")");
            bind.accept(tagRows);
            Map<String, Map<String, String>> tags = new HashMap<>();
            tagRows.map((rs, ctx) ->
                            new String[] {rs.getString("id_key"), rs.getString("name"), rs.getString("tag_value")})
                    .forEach(t ->
                            tags.computeIfAbsent(t[0], k -> new HashMap<>()).put(t[1], t[2]));
            Query identityRows =
                    h.createQuery("SELECT id_key, identity_id FROM resource_user_identities WHERE id_key IN "
                            + "(SELECT id_key FROM resources" + selection + ") ORDER BY id_key, seq");
            bind.accept(identityRows);
            Map<String, List<ResourceId>> attached = new HashMap<>();
            identityRows
                    .map((rs, ctx) -> new String[] {rs.getString("id_key"), rs.getString("identity_id")})
                    .forEach(row -> attached.computeIfAbsent(row[0], k -> new java.util.ArrayList<>())
                            .add(ResourceId.parse(row[1])
                                    .orElseThrow(() -> new IllegalStateException("stored identity id " + row[1]))));
            if (tags.isEmpty() && attached.isEmpty()) return resources;
            return resources.stream()
                    .map(r -> r.withTags(tags.getOrDefault(r.id().key(), Map.of()))
                            .withUserAssignedIdentities(attached.getOrDefault(r.id().key(), List.of())))
                    .toList();
        });
    }
}
