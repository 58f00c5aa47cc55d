package dev.cerulean.core.access;

import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import java.util.List;
import java.util.Optional;

/** The built-in role definitions, with Azure's ids and permissions. */
public final class BuiltInRoles {
    private BuiltInRoles() {}

    public static final RoleDefinition OWNER = role(
            "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
            "Owner",
            "Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.",
            List.of("*"),
            List.of());
    public static final RoleDefinition CONTRIBUTOR = role(
            "b24988ac-6180-42a0-ab88-20f7382dd24c",
            "Contributor",
            "Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC.",
            List.of("*"),
            List.of(
                    "Microsoft.Authorization/*/Delete",
                    "Microsoft.Authorization/*/Write",
                    "Microsoft.Authorization/elevateAccess/Action"));
    public static final RoleDefinition READER = role(
            "acdd72a7-3385-48ef-bd42-f606fba81ae7",
            "Reader",
            "View all resources, but does not allow you to make any changes.",
            List.of("*/read"),
            List.of());
    public static final RoleDefinition USER_ACCESS_ADMINISTRATOR = role(
            "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
            "User Access Administrator",
            "Lets you manage user access to Azure resources.",
            List.of("*/read", "Microsoft.Authorization/*", "Microsoft.Support/*"),
            List.of());

    public static final List<RoleDefinition> ALL = List.of(OWNER, CONTRIBUTOR, READER, USER_ACCESS_ADMINISTRATOR);

    public static Optional<RoleDefinition> byId(RoleDefinitionId id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static Optional<RoleDefinition> byName(String roleName) {
        return ALL.stream().filter(r -> r.roleName().equalsIgnoreCase(roleName)).findFirst();
    }

    private static RoleDefinition role(
            String id, String name, String description, List<String> actions, List<String> notActions) {
        return new RoleDefinition(
                RoleDefinitionId.of(id), name, description, true, null, actions, notActions, List.of(Scope.ROOT));
    }
}
