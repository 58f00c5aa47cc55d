package dev.cerulean.core.move;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything a directory change of {@code subscription} to {@code destination} will remove or
 * break, as of the subscription's {@code subscriptionVersion}: a document to keep, to map to the
 * destination and to restore from (Azure's own transfer checklist, made machine-readable). Version
 * {@value #FORMAT} of the format; its JSON schema is {@code docs/move-plan.schema.json}.
 */
public record MovePlan(
        String format,
        SubscriptionId subscription,
        String subscriptionName,
        long subscriptionVersion,
        DirectoryId source,
        DirectoryId destination,
        Instant generatedAt,
        List<PlannedAssignment> roleAssignments,
        List<RoleDefinition> customRoles,
        List<PlannedAdministrator> coAdministrators,
        PlannedAdministrator serviceAdministrator,
        boolean serviceAdministratorLosesAccess,
        List<PlannedIdentity> managedIdentities,
        List<PlannedKeyVault> keyVaults) {

    public static final String FORMAT = "1";

    public MovePlan {
        roleAssignments = List.copyOf(roleAssignments);
        customRoles = List.copyOf(customRoles);
        coAdministrators = List.copyOf(coAdministrators);
        managedIdentities = List.copyOf(managedIdentities);
        keyVaults = List.copyOf(keyVaults);
    }

    /**
     * Who holds an assignment, with what a person needs to find its counterpart in the destination:
     * display name, user principal name and mail for users, client id for apps. Null where it does
     * not apply, or where the principal no longer exists (Azure's "Identity not found").
     */
    public record PlannedPrincipal(
            ObjectId id,
            RoleAssignment.PrincipalType type,
            String displayName,
            String userPrincipalName,
            String mail,
            UUID appId) {}

    public record PlannedAssignment(
            RoleAssignmentId id,
            Scope scope,
            RoleDefinitionId roleDefinition,
            String roleName,
            PlannedPrincipal principal,
            String description) {}

    /** A classic administrator: its sign-in email and whether it is a Microsoft account. */
    public record PlannedAdministrator(String email, boolean microsoftAccount) {}

    /**
     * A managed identity the change leaves behind in the source directory: {@code systemAssigned}
     * ones must be disabled and enabled again, user-assigned ones re-created; {@code assignments}
     * are the ids of the role assignments that name it (removed by the change); {@code attachedTo}
     * the resources that carry a user-assigned one (to attach it to again once re-created).
     */
    public record PlannedIdentity(
            ResourceId resource,
            boolean systemAssigned,
            ObjectId principalId,
            UUID clientId,
            List<RoleAssignmentId> assignments,
            List<ResourceId> attachedTo) {
        public PlannedIdentity {
            assignments = List.copyOf(assignments);
            attachedTo = attachedTo == null ? List.of() : List.copyOf(attachedTo);
        }

        /** An identity no resource carries (every system-assigned one). */
        public PlannedIdentity(
                ResourceId resource,
                boolean systemAssigned,
                ObjectId principalId,
                UUID clientId,
                List<RoleAssignmentId> assignments) {
            this(resource, systemAssigned, principalId, clientId, assignments, List.of());
        }
    }

    /** A key vault whose tenant id will name the source directory after the change. */
    public record PlannedKeyVault(ResourceId resource, DirectoryId tenantId) {}
}
