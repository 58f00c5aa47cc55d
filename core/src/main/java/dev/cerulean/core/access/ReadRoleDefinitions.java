package dev.cerulean.core.access;

import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Role definitions as a scope sees them: the built-in ones everywhere, a subscription's custom
 * ones below it. Anyone signed in may read definitions, as in ARM.
 */
public final class ReadRoleDefinitions {
    private final Transactions transactions;
    private final RoleDefinitions roleDefinitions;

    public ReadRoleDefinitions(Transactions transactions, RoleDefinitions roleDefinitions) {
        this.transactions = transactions;
        this.roleDefinitions = roleDefinitions;
    }

    /** Built-in roles first, then the scope's subscription's custom roles by name. */
    public List<RoleDefinition> visibleAt(Scope scope) {
        List<RoleDefinition> all = new ArrayList<>(BuiltInRoles.ALL);
        if (scope.subscription() != null) {
            all.addAll(transactions.inTransaction(() -> roleDefinitions.of(scope.subscription())).stream()
                    .sorted(Comparator.comparing(RoleDefinition::roleName, String.CASE_INSENSITIVE_ORDER))
                    .toList());
        }
        return all;
    }

    /** A built-in role, or a custom role of the scope's subscription. */
    public Optional<RoleDefinition> at(Scope scope, RoleDefinitionId id) {
        return BuiltInRoles.byId(id).or(() -> custom(scope, id));
    }

    /** A custom role of the scope's subscription (built-in roles are not custom). */
    public Optional<RoleDefinition> custom(Scope scope, RoleDefinitionId id) {
        return transactions
                .inTransaction(() -> roleDefinitions.byId(id))
                .filter(d ->
                        scope.subscription() != null && scope.subscription().equals(d.subscription()));
    }

    /** Whether any custom role has this id, in any subscription (a PUT then updates rather than creates). */
    public boolean customExists(RoleDefinitionId id) {
        return transactions.inTransaction(() -> roleDefinitions.byId(id).isPresent());
    }

    /** The role's name as a person reads it, or the id when it is gone. */
    public String nameOf(RoleDefinitionId id) {
        return BuiltInRoles.byId(id)
                .or(() -> transactions.inTransaction(() -> roleDefinitions.byId(id)))
                .map(RoleDefinition::roleName)
                .orElse(id.toString());
    }
}
