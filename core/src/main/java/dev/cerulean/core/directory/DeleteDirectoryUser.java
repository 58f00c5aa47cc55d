package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.group.Groups;

/**
 * A Global Administrator or User Administrator (or an application granted User.ReadWrite.All or
 * Directory.ReadWrite.All) deletes a user object of its directory, with its directory-role
 * and group memberships and group ownerships. The person's objects in other directories stay (as in Azure AD, where a guest
 * outlives its home account). The last Global Administrator cannot be deleted, and a User
 * Administrator cannot delete a Global Administrator. Role assignments on subscriptions naming
 * the object are left as they are, like Azure's "unknown" principals.
 */
public final class DeleteDirectoryUser {
    public static final String OPERATION = "microsoft.directory/users/delete";

    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final DirectoryAuthority authority;
    private final ActivityRecorder activity;
    private final Groups groups;

    public DeleteDirectoryUser(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            Groups groups,
            ActivityRecorder activity) {
        this.groups = groups;
        this.transactions = transactions;
        this.directories = directories;
        this.users = users;
        this.roles = roles;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.activity = activity;
    }

    public Outcome<DirectoryUser> delete(Caller caller, DirectoryId directory, ObjectId id) {
        return transactions.inTransaction(() -> UpdateDirectoryUser.manageable(
                        directories, users, roles, authority, caller, directory, id)
                .then(user -> {
                    var held = roles.rolesOf(directory, id);
                    if (held.contains(DirectoryRole.GlobalAdministrator)
                            && roles.memberCount(directory, DirectoryRole.GlobalAdministrator) == 1) {
                        return Outcome.rejected(RuleCode.LastGlobalAdministrator, user.userPrincipalName());
                    }
                    held.forEach(role -> roles.unassign(directory, role, id));
                    groups.forget(directory, id);
                    users.remove(directory, id);
                    activity.succeeded(caller, OPERATION, user.userPrincipalName(), "User deleted", null, directory);
                    return Outcome.ok(user);
                }));
    }
}
