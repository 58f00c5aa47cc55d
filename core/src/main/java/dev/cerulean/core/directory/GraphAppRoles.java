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

    /** Roles that let an application manage app registrations and their secrets. */
    public static final Set<String> MANAGE_APPS = Set.of(APPLICATION_READ_WRITE_ALL);

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
