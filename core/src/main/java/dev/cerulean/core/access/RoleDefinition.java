package dev.cerulean.core.access;

import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;

/**
 * A role: the actions it allows minus its notActions. Built-in roles exist everywhere; a custom
 * role belongs to one subscription ({@code subscription} is null for built-in ones).
 */
public record RoleDefinition(
        RoleDefinitionId id,
        String roleName,
        String description,
        boolean builtIn,
        SubscriptionId subscription,
        List<String> actions,
        List<String> notActions,
        List<Scope> assignableScopes) {
    public RoleDefinition {
        actions = List.copyOf(actions);
        notActions = List.copyOf(notActions);
        assignableScopes = List.copyOf(assignableScopes);
    }
}
