package dev.cerulean.core.move;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.FollowUpItem;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a directory change will do, computed from the data at {@code version} of the
 * subscription (R12, R13, R14). {@link ChangeDirectory} applies it only while the subscription
 * is still at that version; otherwise the preview is stale and the change is refused.
 */
public record DirectoryChangePreview(
        SubscriptionId subscription,
        DirectoryChangeMode mode,
        DirectoryId fromDirectory,
        DirectoryId toDirectory,
        long version,
        List<CoAdministrator> coAdministratorsToRemove,
        List<RoleAssignment> roleAssignmentsToDelete,
        List<RoleDefinition> customRolesToDelete,
        List<PlannedFollowUp> followUps) {

    /** A follow-up item the change will create: what kind, and the resource id or account it is about. */
    public record PlannedFollowUp(FollowUpItem.Kind kind, String target) {}

    public DirectoryChangePreview {
        coAdministratorsToRemove = List.copyOf(coAdministratorsToRemove);
        roleAssignmentsToDelete = List.copyOf(roleAssignmentsToDelete);
        customRolesToDelete = List.copyOf(customRolesToDelete);
        followUps = List.copyOf(followUps);
    }

    /**
     * The portal's second screen: the assignments that will be deleted inside each resource
     * group (at the group or at one of its resources), by group name, case-insensitively sorted.
     */
    public SortedMap<String, List<RoleAssignment>> roleAssignmentsByResourceGroup() {
        SortedMap<String, List<RoleAssignment>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (RoleAssignment a : roleAssignmentsToDelete) {
            if (a.scope().resourceGroup() == null) continue;
            groups.computeIfAbsent(a.scope().resourceGroup(), k -> new ArrayList<>())
                    .add(a);
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return groups;
    }

    /** The assignments at the subscription's own scope (not inside any resource group). */
    public List<RoleAssignment> subscriptionScopeRoleAssignments() {
        return roleAssignmentsToDelete.stream()
                .filter(a -> a.scope().level() == Scope.Level.SUBSCRIPTION)
                .toList();
    }

    /**
     * The assignments to delete by the kind of principal that holds them (users, groups, service
     * principals and managed identities), as the Azure portal's review lists them.
     */
    public java.util.Map<RoleAssignment.PrincipalType, List<RoleAssignment>> roleAssignmentsByPrincipalType() {
        java.util.Map<RoleAssignment.PrincipalType, List<RoleAssignment>> byType =
                new java.util.EnumMap<>(RoleAssignment.PrincipalType.class);
        for (RoleAssignment a : roleAssignmentsToDelete) {
            byType.computeIfAbsent(a.principalType(), k -> new ArrayList<>()).add(a);
        }
        return byType;
    }

    public List<PlannedFollowUp> followUps(FollowUpItem.Kind kind) {
        return followUps.stream().filter(f -> f.kind() == kind).toList();
    }

    /** R13: a work-account service administrator who will not be able to sign in to the new directory. */
    public boolean serviceAdministratorLosesAccess() {
        return !followUps(FollowUpItem.Kind.ServiceAdministratorLostAccess).isEmpty();
    }
}
