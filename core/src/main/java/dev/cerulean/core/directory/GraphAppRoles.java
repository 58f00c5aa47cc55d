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

    /** Every application role that may be granted. */
    public static final Set<String> ALL = Set.of(
            DIRECTORY_READ_ALL,
            DIRECTORY_READ_WRITE_ALL,
            USER_READ_ALL,
            USER_READ_WRITE_ALL,
            USER_INVITE_ALL,
            APPLICATION_READ_WRITE_ALL,
            DOMAIN_READ_WRITE_ALL,
            ROLE_MANAGEMENT_READ_WRITE_DIRECTORY);

    /** Roles that let an application create users. */
    public static final Set<String> MANAGE_USERS = Set.of(DIRECTORY_READ_WRITE_ALL, USER_READ_WRITE_ALL);

    /** Roles that let an application invite guests. */
    public static final Set<String> INVITE_GUESTS =
            Set.of(DIRECTORY_READ_WRITE_ALL, USER_READ_WRITE_ALL, USER_INVITE_ALL);

    /** Roles that let an application manage app registrations and their secrets. */
    public static final Set<String> MANAGE_APPS = Set.of(APPLICATION_READ_WRITE_ALL);

    /** Roles that let an application add and verify domains. */
    public static final Set<String> MANAGE_DOMAINS = Set.of(DOMAIN_READ_WRITE_ALL);

    private GraphAppRoles() {}
}
