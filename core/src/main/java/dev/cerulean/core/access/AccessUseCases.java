package dev.cerulean.core.access;

/** Role-based access control's use cases, as {@code dev.cerulean.core.UseCases} builds them once. */
public record AccessUseCases(
        Authorize authorize,
        ListSubscriptionsWithAnyRole subscriptionsWithAnyRole,
        AzurePortalSubscriptions azurePortalSubscriptions,
        ListRoleAssignments listRoleAssignments,
        CreateRoleAssignment createRoleAssignment,
        DeleteRoleAssignment deleteRoleAssignment,
        ReadRoleDefinitions roleDefinitions,
        CreateCustomRole createCustomRole,
        DeleteCustomRole deleteCustomRole,
        EffectivePermissions effectivePermissions,
        ClassicAdministratorsOf classicAdministrators,
        ElevateAccess elevateAccess,
        ActivityLogOf activityLog) {}
