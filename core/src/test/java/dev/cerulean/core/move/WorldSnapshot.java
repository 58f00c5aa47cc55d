package dev.cerulean.core.move;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Subscription;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything this context's use cases may write, comparable before and after a refusal. */
record WorldSnapshot(
        Set<Subscription> subscriptions,
        Set<CoAdministrator> coAdministrators,
        Set<RoleAssignment> roleAssignments,
        Set<RoleDefinition> customRoles,
        Set<Resource> resources,
        Set<FollowUpItem> followUps,
        List<ActivityLogEntry> activity,
        Set<DirectoryUser> users,
        Set<String> directoryRoles,
        Optional<DirectoryLinkRequest> kelleyRequest,
        Optional<DirectoryLinkRequest> alexRequest,
        Optional<ChangeTenantRequest> changeTenantRequest) {

    static WorldSnapshot of(Ports p) {
        Set<CoAdministrator> coAdmins = new HashSet<>();
        Set<RoleAssignment> assignments = new HashSet<>();
        Set<RoleDefinition> roles = new HashSet<>();
        Set<Resource> resources = new HashSet<>();
        Set<FollowUpItem> followUps = new HashSet<>();
        for (Subscription s : p.subscriptions().all()) {
            coAdmins.addAll(p.coAdministrators().of(s.id()));
            assignments.addAll(p.roleAssignments().of(s.id()));
            roles.addAll(p.roleDefinitions().of(s.id()));
            resources.addAll(p.resources().of(s.id()));
            followUps.addAll(p.followUpItems().of(s.id()));
        }
        Set<DirectoryUser> users = new HashSet<>();
        Set<String> directoryRoles = new HashSet<>();
        for (Directory d : p.directories().all()) {
            users.addAll(p.directoryUsers().inDirectory(d.id()));
            assignments.addAll(p.roleAssignments().atRoot(d.id()));
            for (DirectoryRole role : DirectoryRole.values()) {
                p.directoryRoles()
                        .members(d.id(), role)
                        .forEach(m -> directoryRoles.add(d.id() + "/" + role + "/" + m));
            }
        }
        return new WorldSnapshot(
                Set.copyOf(p.subscriptions().all()),
                coAdmins,
                assignments,
                roles,
                resources,
                followUps,
                p.activityLog().all(),
                users,
                directoryRoles,
                p.directoryLinkRequests().latestOf(Worlds.KELLEY_MSA),
                p.directoryLinkRequests().latestOf(Worlds.ALEX_MSA),
                p.changeTenantRequests().of(Worlds.SUBSCRIPTION));
    }
}
