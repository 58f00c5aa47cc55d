package dev.cerulean.core.access;

import dev.cerulean.core.common.Scope;

/** The ARM ids of role assignments and role definitions, as activity-log targets show them. */
final class RoleAssignmentPaths {
    private RoleAssignmentPaths() {}

    static String of(RoleAssignment a) {
        return prefix(a.scope()) + "/providers/Microsoft.Authorization/roleAssignments/" + a.id();
    }

    static String of(RoleDefinition d) {
        String scope = d.subscription() == null ? "" : "/subscriptions/" + d.subscription();
        return scope + "/providers/Microsoft.Authorization/roleDefinitions/" + d.id();
    }

    private static String prefix(Scope scope) {
        return scope.subscription() == null ? "" : scope.toString();
    }
}
