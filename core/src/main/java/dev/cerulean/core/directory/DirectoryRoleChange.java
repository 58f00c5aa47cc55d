package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;

/**
 * The checks that assigning and removing a directory role share: the directory exists, the
 * caller is its Global Administrator (only a Global Administrator assigns directory roles), and
 * the member is a user or service principal of that directory. Reads only.
 */
final class DirectoryRoleChange {
    private final Directories directories;
    private final DirectoryUsers users;
    private final AppRegistrations apps;
    private final DirectoryAuthority authority;

    DirectoryRoleChange(Directories directories, DirectoryUsers users, DirectoryRoles roles, AppRegistrations apps) {
        this.directories = directories;
        this.users = users;
        this.apps = apps;
        this.authority = new DirectoryAuthority(users, roles, apps);
    }

    /** The member's display name (for the log), or the refusal. */
    Outcome<String> check(Caller caller, DirectoryId directory, ObjectId member, DirectoryRole role) {
        if (directories.byId(directory).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
        if (!authority.permits(
                caller,
                directory,
                java.util.List.of(DirectoryRole.GlobalAdministrator),
                java.util.Set.of(GraphAppRoles.ROLE_MANAGEMENT_READ_WRITE_DIRECTORY))) {
            return Outcome.rejected(
                    RuleCode.NotGlobalAdministrator, caller == null ? "anonymous" : caller.displayName(), directory);
        }
        if (role == null) return Outcome.rejected(RuleCode.InvalidName, "role");
        if (member == null) return Outcome.rejected(RuleCode.UserNotFound, "null");
        var user = users.byId(directory, member);
        if (user.isPresent()) return Outcome.ok(user.get().userPrincipalName());
        return apps.byServicePrincipal(directory, member)
                .<Outcome<String>>map(a -> Outcome.ok(a.displayName()))
                .orElseGet(() -> Outcome.rejected(RuleCode.UserNotFound, member));
    }
}
