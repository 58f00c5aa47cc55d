package dev.cerulean.store.access;

import static dev.cerulean.store.Columns.lines;
import static dev.cerulean.store.Columns.subscription;
import static dev.cerulean.store.Columns.uuid;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Custom role definitions; actions, notActions and assignable scopes are newline-separated lists. */
public final class JdbiRoleDefinitions implements RoleDefinitions {
    private static final String DEFINITION = "SELECT id, role_name, description, built_in, subscription_id, actions, "
            + "not_actions, assignable_scopes FROM role_definitions";
    private static final RowMapper<RoleDefinition> ROW = (rs, ctx) -> new RoleDefinition(
            new RoleDefinitionId(uuid(rs, "id")),
            rs.getString("role_name"),
            rs.getString("description"),
            rs.getBoolean("built_in"),
            subscription(rs, "subscription_id"),
            lines(rs, "actions"),
            lines(rs, "not_actions"),
            lines(rs, "assignable_scopes").stream()
                    .map(s -> Scope.parse(s).orElseThrow(() -> new IllegalStateException("stored scope " + s)))
                    .toList());

    private final JdbiTransactions db;

    public JdbiRoleDefinitions(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(RoleDefinition d) {
        db.useHandle(h -> h.createUpdate("INSERT INTO role_definitions (id, role_name, description, built_in, "
                        + "subscription_id, actions, not_actions, assignable_scopes) VALUES (:id, :name, :description, "
                        + ":builtIn, :subscription, :actions, :notActions, :scopes)")
                .bind("id", d.id().value())
                .bind("name", d.roleName())
                .bind("description", d.description())
                .bind("builtIn", d.builtIn())
                .bind("subscription", value(d.subscription()))
                .bind("actions", lines(d.actions()))
                .bind("notActions", lines(d.notActions()))
                .bind(
                        "scopes",
                        lines(d.assignableScopes().stream().map(Scope::toString).toList()))
                .execute());
    }

    @Override
    public void remove(RoleDefinitionId id) {
        db.useHandle(h -> h.createUpdate("DELETE FROM role_definitions WHERE id = :id")
                .bind("id", id.value())
                .execute());
    }

    @Override
    public Optional<RoleDefinition> byId(RoleDefinitionId id) {
        return db.withHandle(h -> h.createQuery(DEFINITION + " WHERE id = :id")
                .bind("id", id.value())
                .map(ROW)
                .findOne());
    }

    @Override
    public List<RoleDefinition> of(SubscriptionId subscription) {
        return db.withHandle(
                h -> h.createQuery(DEFINITION + " WHERE subscription_id = :subscription " + "ORDER BY role_name, id")
                        .bind("subscription", subscription.value())
                        .map(ROW)
                        .list());
    }

    @Override
    public void removeAll(SubscriptionId subscription) {
        db.useHandle(h -> h.createUpdate("DELETE FROM role_definitions WHERE subscription_id = :subscription")
                .bind("subscription", subscription.value())
                .execute());
    }
}
