package dev.cerulean.core.directory;

/**
 * Activity-log operation names of directory changes, in the style of Azure AD's permission
 * names ({@code microsoft.directory/<entity>/<action>}).
 */
public final class DirectoryOperations {
    public static final String CREATE_DIRECTORY = "microsoft.directory/tenants/create";
    public static final String CREATE_USER = "microsoft.directory/users/create";
    public static final String ADD_EXTERNAL_MEMBER = "microsoft.directory/users/addExternal";
    public static final String INVITE_GUEST = "microsoft.directory/users/invite";
    public static final String REDEEM_INVITATION = "microsoft.directory/users/redeemInvitation";
    public static final String ASSIGN_ROLE = "microsoft.directory/directoryRoles/members/add";
    public static final String REMOVE_ROLE = "microsoft.directory/directoryRoles/members/remove";
    public static final String REGISTER_APP = "microsoft.directory/applications/create";
    public static final String ADD_CLIENT_SECRET = "microsoft.directory/applications/credentials/update";
    public static final String GRANT_APP_ROLE = "microsoft.directory/servicePrincipals/appRoleAssignments/create";
    public static final String REVOKE_APP_ROLE = "microsoft.directory/servicePrincipals/appRoleAssignments/delete";
    public static final String UPDATE_APP = "microsoft.directory/applications/basic/update";
    public static final String DELETE_APP = "microsoft.directory/applications/delete";
    public static final String REMOVE_CLIENT_SECRET = "microsoft.directory/applications/credentials/remove";
    public static final String ADD_APP_OWNER = "microsoft.directory/applications/owners/add";
    public static final String REMOVE_APP_OWNER = "microsoft.directory/applications/owners/remove";
    public static final String CREATE_SERVICE_PRINCIPAL = "microsoft.directory/servicePrincipals/create";
    public static final String DELETE_SERVICE_PRINCIPAL = "microsoft.directory/servicePrincipals/delete";
    public static final String ADD_DOMAIN = "microsoft.directory/domains/create";
    public static final String VERIFY_DOMAIN = "microsoft.directory/domains/verify";

    private DirectoryOperations() {}
}
