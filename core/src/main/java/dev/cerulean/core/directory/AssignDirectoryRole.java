package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.Transactions;

/**
 * A Global Administrator makes a user or service principal of its directory a member of a
 * directory role. Directory roles grant nothing on subscriptions. Assigning a role the member
 * already holds changes nothing.
 */
public final class AssignDirectoryRole {
    private final Transactions transactions;
    private final DirectoryRoles roles;
    private final DirectoryRoleChange checks;
    private final ActivityRecorder activity;

    public AssignDirectoryRole(
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

    public Outcome<DirectoryRoleMember> assign(
            Caller caller, DirectoryId directory, ObjectId member, DirectoryRole role) {
        return transactions.inTransaction(() -> checks.check(caller, directory, member, role)
                .map(name -> {
                    if (!roles.rolesOf(directory, member).contains(role)) {
                        roles.assign(directory, role, member);
                        activity.succeeded(
                                caller,
                                DirectoryOperations.ASSIGN_ROLE,
                                name,
                                role.displayName() + " assigned",
                                null,
                                directory);
                    }
                    return new DirectoryRoleMember(directory, role, member);
                }));
    }
}
