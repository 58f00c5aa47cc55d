package dev.cerulean.core.directory;

import java.util.Set;

/**
 * The Microsoft Graph application permissions Cerulean knows, by their Graph names, and which of
 * them let an application (client-credentials caller) act in its own directory.
 */
public final class GraphAppRoles {
    public static final String DIRECTORY_READ_ALL = "Directory.Read.All";
    public static final String DIRECTORY_READ_WRITE_ALL = "Directory.ReadWrite.All";
    public static final String USER_READ_ALL = "User.Read.All";
    public static final String USER_READ_WRITE_ALL = "User.ReadWrite.All";
    public static final String USER_INVITE_ALL = "User.Invite.All";
    public static final String APPLICATION_READ_ALL = "Application.Read.All";
    public static final String APPLICATION_READ_WRITE_ALL = "Application.ReadWrite.All";
    public static final String DOMAIN_READ_WRITE_ALL = "Domain.ReadWrite.All";
    public static final String ROLE_MANAGEMENT_READ_WRITE_DIRECTORY = "RoleManagement.ReadWrite.Directory";
    public static final String GROUP_READ_ALL = "Group.Read.All";
    public static final String GROUP_READ_WRITE_ALL = "Group.ReadWrite.All";
    public static final String GROUP_CREATE = "Group.Create";
    public static final String GROUP_MEMBER_READ_ALL = "GroupMember.Read.All";
    public static final String GROUP_MEMBER_READ_WRITE_ALL = "GroupMember.ReadWrite.All";

    /** Every application role that may be granted. */
    public static final Set<String> ALL = Set.of(
            DIRECTORY_READ_ALL,
            DIRECTORY_READ_WRITE_ALL,
            USER_READ_ALL,
            USER_READ_WRITE_ALL,
            USER_INVITE_ALL,
            APPLICATION_READ_ALL,
            APPLICATION_READ_WRITE_ALL,
            DOMAIN_READ_WRITE_ALL,
            ROLE_MANAGEMENT_READ_WRITE_DIRECTORY,
            GROUP_READ_ALL,
            GROUP_READ_WRITE_ALL,
            GROUP_CREATE,
            GROUP_MEMBER_READ_ALL,
            GROUP_MEMBER_READ_WRITE_ALL);

    /** Roles that let an application create users. */
    public static final Set<String> MANAGE_USERS = Set.of(DIRECTORY_READ_WRITE_ALL, USER_READ_WRITE_ALL);

    /** Roles that let an application invite guests. */
    public static final Set<String> INVITE_GUESTS =
            Set.of(DIRECTORY_READ_WRITE_ALL, USER_READ_WRITE_ALL, USER_INVITE_ALL);

    /** Roles that let an application manage app registrations, their secrets and service principals. */
    public static final Set<String> MANAGE_APPS = Set.of(APPLICATION_READ_WRITE_ALL, DIRECTORY_READ_WRITE_ALL);

    /** Roles that let an application read app registrations and service principals. */
    public static final Set<String> READ_APPS =
            Set.of(APPLICATION_READ_ALL, APPLICATION_READ_WRITE_ALL, DIRECTORY_READ_ALL, DIRECTORY_READ_WRITE_ALL);

    /**
     * The well-known ids of these roles among Microsoft Graph's {@code appRoles} (the same in every
     * tenant): what {@code appRoleAssignments} name as {@code appRoleId}.
     */
    public static final java.util.Map<String, java.util.UUID> IDS = java.util.Map.of(
            DIRECTORY_READ_ALL, java.util.UUID.fromString("7ab1d382-f21e-4acd-a863-ba3e13f7da61"),
            DIRECTORY_READ_WRITE_ALL, java.util.UUID.fromString("19dbc75e-c2e2-444c-a770-ec69d8559fc7"),
            USER_READ_ALL, java.util.UUID.fromString("df021288-bdef-4463-88db-98f22de89214"),
            USER_READ_WRITE_ALL, java.util.UUID.fromString("741f803b-c850-494e-b5df-cde7c675a1ca"),
            USER_INVITE_ALL, java.util.UUID.fromString("09850681-111b-4a89-9bed-3f2cae46d706"),
            APPLICATION_READ_ALL, java.util.UUID.fromString("9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30"),
            APPLICATION_READ_WRITE_ALL, java.util.UUID.fromString("1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9"),
            DOMAIN_READ_WRITE_ALL, java.util.UUID.fromString("7e05723c-0bb0-42da-be95-ae9f08a6e53c"),
            ROLE_MANAGEMENT_READ_WRITE_DIRECTORY, java.util.UUID.fromString("9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8"));

    /** The role of a well-known app role id, if Cerulean knows it. */
    public static java.util.Optional<String> byId(java.util.UUID id) {
        return IDS.entrySet().stream()
                .filter(e -> e.getValue().equals(id))
                .map(java.util.Map.Entry::getKey)
                .findFirst();
    }

    /** Roles that let an application add and verify domains. */
    public static final Set<String> MANAGE_DOMAINS = Set.of(DOMAIN_READ_WRITE_ALL);

    /** Roles that let an application read groups and their members. */
    public static final Set<String> READ_GROUPS = Set.of(
            GROUP_READ_ALL,
            GROUP_READ_WRITE_ALL,
            GROUP_MEMBER_READ_ALL,
            GROUP_MEMBER_READ_WRITE_ALL,
            DIRECTORY_READ_ALL,
            DIRECTORY_READ_WRITE_ALL);

    /** Roles that let an application create groups. */
    public static final Set<String> CREATE_GROUPS =
            Set.of(GROUP_CREATE, GROUP_READ_WRITE_ALL, DIRECTORY_READ_WRITE_ALL);

    /** Roles that let an application change and delete any group. */
    public static final Set<String> MANAGE_GROUPS = Set.of(GROUP_READ_WRITE_ALL, DIRECTORY_READ_WRITE_ALL);

    /** Roles that let an application change any group's members and owners. */
    public static final Set<String> MANAGE_GROUP_MEMBERS =
            Set.of(GROUP_MEMBER_READ_WRITE_ALL, GROUP_READ_WRITE_ALL, DIRECTORY_READ_WRITE_ALL);

    private GraphAppRoles() {}
}
