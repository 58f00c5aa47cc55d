package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryRoles;
import java.time.Clock;
import java.util.Optional;

/**
 * R29: a Global Administrator of the directory it signed in through becomes User Access
 * Administrator at the root scope "/" of that directory, and so may grant itself access to any
 * subscription trusting it. Elevating twice answers the existing assignment.
 */
public final class ElevateAccess {
    public static final String ACTION = "Microsoft.Authorization/elevateAccess/action";

    private final Transactions transactions;
    private final DirectoryRoles directoryRoles;
    private final RoleAssignments roleAssignments;
    private final ActivityRecorder activity;
    private final Clock clock;
    private final IdGenerator ids;

    public ElevateAccess(
            Transactions transactions,
            DirectoryRoles directoryRoles,
            RoleAssignments roleAssignments,
            ActivityRecorder activity,
            Clock clock,
            IdGenerator ids) {
        this.transactions = transactions;
        this.directoryRoles = directoryRoles;
        this.roleAssignments = roleAssignments;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    public Outcome<RoleAssignment> elevate(Caller caller) {
        return transactions.inTransaction(() -> {
            // applications hold no directory roles here; only a signed-in person elevates
            if (caller.principal() == null
                    || caller.directory() == null
                    || caller.identity() instanceof Identity.App
                    || !directoryRoles
                            .rolesOf(caller.directory(), caller.principal())
                            .contains(DirectoryRole.GlobalAdministrator)) {
                return Outcome.rejected(RuleCode.NotGlobalAdministrator, caller.displayName(), caller.directory());
            }
            Optional<RoleAssignment> already = roleAssignments.atRoot(caller.directory()).stream()
                    .filter(a -> a.principalId().equals(caller.principal())
                            && a.roleDefinition().equals(BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id()))
                    .findFirst();
            if (already.isPresent()) return Outcome.ok(already.get());

            RoleAssignment elevated = new RoleAssignment(
                    new RoleAssignmentId(ids.newId()),
                    Scope.ROOT,
                    caller.principal(),
                    RoleAssignment.PrincipalType.User,
                    BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id(),
                    caller.directory(),
                    clock.instant(),
                    RoleAssignment.creator(caller));
            roleAssignments.add(elevated);
            activity.succeeded(
                    caller,
                    ACTION,
                    "/providers/Microsoft.Authorization/elevateAccess",
                    "User Access Administrator at root scope \"/\" of directory " + caller.directory(),
                    null,
                    caller.directory());
            return Outcome.ok(elevated);
        });
    }
}
