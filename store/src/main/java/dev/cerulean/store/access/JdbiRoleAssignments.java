package dev.cerulean.store.access;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.enumValue;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.object;
import static dev.cerulean.store.Columns.uuid;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Role assignments. The scope is stored as written and as its lower-case key; the subscription
 * column (NULL at the root scope) is what "everything at or below a subscription" is found by.
 * The description is NULL when the assigner gave none.
 */
public final class JdbiRoleAssignments implements RoleAssignments {
    private static final String ASSIGNMENT = "SELECT id, scope, principal_id, principal_type, role_definition_id, "
            + "directory_id, created_at, created_by, description FROM role_assignments";
    private static final String ORDER = " ORDER BY created_at, id";
    private static final String INSERT = "INSERT INTO role_assignments (id, scope, scope_key, subscription_id, "
            + "principal_id, principal_type, role_definition_id, directory_id, created_at, created_by, description) "
            + "VALUES (:id, :scope, :scopeKey, :subscription, :principal, :type, :role, :directory, :at, :by, "
            + ":description)";
    private static final RowMapper<RoleAssignment> ROW = (rs, ctx) -> {
        String scope = rs.getString("scope");
        return new RoleAssignment(
                new RoleAssignmentId(uuid(rs, "id")),
                Scope.parse(scope).orElseThrow(() -> new IllegalStateException("stored scope " + scope)),
                object(rs, "principal_id"),
                enumValue(rs, "principal_type", RoleAssignment.PrincipalType.class),
                new RoleDefinitionId(uuid(rs, "role_definition_id")),
                directory(rs, "directory_id"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                rs.getString("description"));
    };

    private final JdbiTransactions db;

    public JdbiRoleAssignments(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(RoleAssignment a) {
        db.useHandle(h -> bindFields(h.createUpdate(INSERT), a).execute());
    }

    /** One JDBC batch. */
    @Override
    public void addAll(List<RoleAssignment> assignments) {
        if (assignments.isEmpty()) return;
        db.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (RoleAssignment a : assignments) bindFields(batch, a).add();
            batch.execute();
        });
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, RoleAssignment a) {
        return statement
                .bind("id", a.id().value())
                .bind("scope", a.scope().toString())
                .bind("scopeKey", a.scope().key())
                .bind("subscription", value(a.scope().subscription()))
                .bind("principal", a.principalId().value())
                .bind("type", a.principalType().name())
                .bind("role", a.roleDefinition().value())
                .bind("directory", a.directory().value())
                .bind("at", a.createdAt())
                .bind("by", a.createdBy())
                .bind("description", a.description());
    }

    @Override
    public void remove(RoleAssignmentId id) {
        db.useHandle(h -> h.createUpdate("DELETE FROM role_assignments WHERE id = :id")
                .bind("id", id.value())
                .execute());
    }

    @Override
    public Optional<RoleAssignment> byId(RoleAssignmentId id) {
        return db.withHandle(h -> h.createQuery(ASSIGNMENT + " WHERE id = :id")
                .bind("id", id.value())
                .map(ROW)
                .findOne());
    }

    /** The ids bound as arrays (a world file may bring more than one array holds). */
    @Override
    public java.util.Set<RoleAssignmentId> existingIds(java.util.Collection<RoleAssignmentId> ids) {
        java.util.Set<RoleAssignmentId> taken = new java.util.HashSet<>();
        List<java.util.UUID> all =
                ids.stream().map(RoleAssignmentId::value).distinct().toList();
        for (int from = 0; from < all.size(); from += dev.cerulean.store.Columns.ARRAY_MAX) {
            List<java.util.UUID> chunk =
                    all.subList(from, Math.min(all.size(), from + dev.cerulean.store.Columns.ARRAY_MAX));
            db.withHandle(h -> h.createQuery("SELECT id FROM role_assignments WHERE id = ANY(:ids)")
                            .bindArray("ids", java.util.UUID.class, chunk)
                            .map((rs, ctx) -> new RoleAssignmentId(uuid(rs, "id")))
                            .list())
                    .forEach(taken::add);
        }
        return taken;
    }

    @Override
    public List<RoleAssignment> of(SubscriptionId subscription) {
        return db.withHandle(h -> h.createQuery(ASSIGNMENT + " WHERE subscription_id = :subscription" + ORDER)
                .bind("subscription", subscription.value())
                .map(ROW)
                .list());
    }

    @Override
    public int countOf(SubscriptionId subscription) {
        return db.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM role_assignments WHERE subscription_id = :subscription")
                        .bind("subscription", subscription.value())
                        .mapTo(Integer.class)
                        .one());
    }

    @Override
    public List<RoleAssignment> atRoot(DirectoryId directory) {
        return db.withHandle(h -> h.createQuery(
                        ASSIGNMENT + " WHERE directory_id = :directory " + "AND subscription_id IS NULL" + ORDER)
                .bind("directory", directory.value())
                .map(ROW)
                .list());
    }

    @Override
    public List<RoleAssignment> ofPrincipal(ObjectId principal) {
        return db.withHandle(h -> h.createQuery(ASSIGNMENT + " WHERE principal_id = :principal" + ORDER)
                .bind("principal", principal.value())
                .map(ROW)
                .list());
    }

    @Override
    public void removeAll(SubscriptionId subscription) {
        db.useHandle(h -> h.createUpdate("DELETE FROM role_assignments WHERE subscription_id = :subscription")
                .bind("subscription", subscription.value())
                .execute());
    }
}
