package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;

/**
 * A Global Administrator removes a member from a directory role. A directory always keeps at
 * least one Global Administrator (inferred: otherwise nobody could ever assign roles again).
 * Removing a role the member does not hold changes nothing.
 */
public final class RemoveDirectoryRole {
    private final Transactions transactions;
    private final DirectoryRoles roles;
    private final DirectoryRoleChange checks;
    private final ActivityRecorder activity;

    public RemoveDirectoryRole(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.roles = roles;
        this.checks = new DirectoryRoleChange(directories, users, roles, apps);
        this.activity = activity;
    }

    public Outcome<DirectoryRoleMember> remove(
            Caller caller, DirectoryId directory, ObjectId member, DirectoryRole role) {
        return transactions.inTransaction(() -> checks.check(caller, directory, member, role)
                .then(name -> {
                    // counted and looked up by member in the database, not every holder read
                    if (roles.rolesOf(directory, member).contains(role)) {
                        if (role == DirectoryRole.GlobalAdministrator && roles.memberCount(directory, role) == 1) {
                            return Outcome.rejected(RuleCode.LastGlobalAdministrator, name);
                        }
                        roles.unassign(directory, role, member);
                        activity.succeeded(
                                caller,
                                DirectoryOperations.REMOVE_ROLE,
                                name,
                                role.displayName() + " removed",
                                null,
                                directory);
                    }
                    return Outcome.ok(new DirectoryRoleMember(directory, role, member));
                }));
    }
}
