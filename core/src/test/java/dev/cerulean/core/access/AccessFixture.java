package dev.cerulean.core.access;

import dev.cerulean.core.Ports;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The access use cases wired on a Kelley Wall world, and snapshots to prove that refusals change nothing. */
final class AccessFixture {
    final Worlds.KelleyWall world;
    final Ports p;
    final Authorize authorize;
    final ActivityRecorder activity;

    AccessFixture() {
        this(Worlds.kelleyWall());
    }

    AccessFixture(Worlds.KelleyWall world) {
        this.world = world;
        this.p = world.ports();
        this.authorize = new Authorize(
                p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions(), p.groups());
        this.activity = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
    }

    CreateRoleAssignment createAssignment() {
        return new CreateRoleAssignment(
                p.transactions(),
                authorize,
                p.subscriptions(),
                p.resourceGroups(),
                p.resources(),
                p.roleDefinitions(),
                p.roleAssignments(),
                p.directoryUsers(),
                p.appRegistrations(),
                p.groups(),
                activity,
                p.clock());
    }

    DeleteRoleAssignment deleteAssignment() {
        return new DeleteRoleAssignment(p.transactions(), authorize, p.subscriptions(), p.roleAssignments(), activity);
    }

    ListRoleAssignments listAssignments() {
        return new ListRoleAssignments(p.transactions(), authorize, p.subscriptions(), p.roleAssignments(), p.groups());
    }

    CreateCustomRole createRole() {
        return new CreateCustomRole(
                p.transactions(), authorize, p.subscriptions(), p.roleDefinitions(), activity, p.ids());
    }

    DeleteCustomRole deleteRole() {
        return new DeleteCustomRole(
                p.transactions(), authorize, p.subscriptions(), p.roleDefinitions(), p.roleAssignments(), activity);
    }

    ElevateAccess elevate() {
        return new ElevateAccess(
                p.transactions(), p.directoryRoles(), p.roleAssignments(), activity, p.clock(), p.ids());
    }

    ListSubscriptionsWithAnyRole subscriptionsWithAnyRole() {
        return new ListSubscriptionsWithAnyRole(p.transactions(), p.subscriptions(), p.groups());
    }

    long version() {
        return world.subscription().version();
    }

    /** Everything an access use case may change. */
    record Snapshot(
            Set<RoleAssignment> assignments,
            Set<RoleAssignment> rootAssignments,
            Set<RoleDefinition> roles,
            List<ActivityLogEntry> log,
            long version) {}

    Snapshot snapshot() {
        SubscriptionId s = Worlds.SUBSCRIPTION;
        Set<RoleAssignment> root = new HashSet<>();
        for (DirectoryId d : List.of(Worlds.DEFAULT_DIRECTORY, Worlds.CONTOSO))
            root.addAll(p.roleAssignments().atRoot(d));
        return new Snapshot(
                new HashSet<>(p.roleAssignments().of(s)),
                root,
                new HashSet<>(p.roleDefinitions().of(s)),
                p.activityLog().all(),
                version());
    }
}
