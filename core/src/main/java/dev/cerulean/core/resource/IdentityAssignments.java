package dev.cerulean.core.resource;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes role assignments that go with a managed identity when it goes (its resource deleted,
 * its system-assigned identity switched off): those naming its principal, wherever they are — an
 * identity may hold roles in other subscriptions of its directory, whose rows are then locked and
 * whose versions move too — and, on request, those inside the resource's own scope. Each removal is
 * in the activity log (R27). Runs inside the caller's transaction; the subscription the caller is
 * changing it has locked and touches itself, so that its version moves once per change.
 */
public final class IdentityAssignments {
    static final String DELETE = "Microsoft.Authorization/roleAssignments/delete";

    private final RoleAssignments roleAssignments;
    private final Subscriptions subscriptions;
    private final ActivityRecorder activity;

    public IdentityAssignments(
            RoleAssignments roleAssignments, Subscriptions subscriptions, ActivityRecorder activity) {
        this.roleAssignments = roleAssignments;
        this.subscriptions = subscriptions;
        this.activity = activity;
    }

    /** Removes every assignment naming the identity of one of {@code gone}; answers what it removed. */
    public List<RoleAssignment> removeOf(Caller caller, SubscriptionId changing, List<Resource> gone, String why) {
        Map<RoleAssignmentId, RoleAssignment> doomed = new LinkedHashMap<>();
        for (Resource r : gone) {
            if (r.identity() == null) continue;
            for (RoleAssignment a : roleAssignments.ofPrincipal(r.identity().principalId())) doomed.put(a.id(), a);
        }
        return remove(caller, changing, new ArrayList<>(doomed.values()), why);
    }

    /** Removes {@code assignments}, locking and touching every subscription they belong to but {@code changing}. */
    public List<RoleAssignment> remove(
            Caller caller, SubscriptionId changing, List<RoleAssignment> assignments, String why) {
        Map<SubscriptionId, Boolean> locked = new LinkedHashMap<>();
        for (RoleAssignment a : assignments) {
            SubscriptionId sub = a.scope().subscription();
            if (sub != null && !sub.equals(changing) && locked.putIfAbsent(sub, Boolean.TRUE) == null)
                subscriptions.byIdForUpdate(sub);
        }
        for (RoleAssignment a : assignments) {
            roleAssignments.remove(a.id());
            String prefix = a.scope().subscription() == null ? "" : a.scope().toString();
            activity.succeeded(
                    caller,
                    DELETE,
                    prefix + "/providers/Microsoft.Authorization/roleAssignments/" + a.id(),
                    why,
                    a.scope().subscription(),
                    a.directory());
        }
        locked.keySet().forEach(subscriptions::touch);
        return List.copyOf(assignments);
    }
}
