package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The authorization decision read from the stores: "may caller C perform action A at scope S?" */
public final class Authorize {
    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;
    private final RoleAssignments roleAssignments;
    private final RoleDefinitions roleDefinitions;

    public Authorize(Subscriptions subscriptions, CoAdministrators coAdministrators, RoleAssignments roleAssignments,
                     RoleDefinitions roleDefinitions) {
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
    }

    /** The subscription's access, as of now; empty for an unknown subscription. */
    public Optional<SubscriptionAccess> accessOf(SubscriptionId id) {
        return subscriptions.byId(id).map(s -> {
            List<RoleAssignment> assignments = new ArrayList<>(roleAssignments.of(id));
            assignments.addAll(roleAssignments.atRoot(s.directory()));
            return SubscriptionAccess.of(s, coAdministrators.of(id), assignments, roleDefinitions.of(id));
        });
    }

    /**
     * Decides at a scope inside a subscription, or at the root scope of the caller's directory
     * (only root-scope assignments, such as an elevated User Access Administrator (R29), apply
     * there). An unknown subscription denies.
     */
    public Decision decide(Caller caller, String action, Scope scope) {
        if (scope.subscription() == null) return decideAtRoot(caller, action);
        return accessOf(scope.subscription()).map(a -> a.decide(caller, action, scope))
                .orElse(Decision.DeniedNoPermission);
    }

    private Decision decideAtRoot(Caller caller, String action) {
        if (caller.principal() == null || caller.directory() == null) return Decision.DeniedNoPermission;
        for (RoleAssignment a : roleAssignments.atRoot(caller.directory())) {
            if (!a.principalId().equals(caller.principal())) continue;
            SubscriptionAccess.CompiledRole role = SubscriptionAccess.builtIn(a.roleDefinition());
            if (role != null && role.permits(action)) return Decision.AllowedByRoleAssignment;
        }
        return Decision.DeniedNoPermission;
    }
}
