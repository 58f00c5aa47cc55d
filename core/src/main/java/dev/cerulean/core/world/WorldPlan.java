package dev.cerulean.core.world;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.Domain;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;

/** The entities a valid world turns into, in the order they are written. */
final class WorldPlan {
    record Membership(DirectoryId directory, DirectoryRole role, ObjectId member) {}

    /** A member ({@code owner} false) or owner of a group. */
    record GroupEdge(DirectoryId directory, ObjectId group, GroupMember member, boolean owner) {}

    final List<MicrosoftAccount> accounts = new ArrayList<>();
    final List<Directory> directories = new ArrayList<>();
    final List<Domain> domains = new ArrayList<>();
    final List<DirectoryUser> users = new ArrayList<>();
    final List<AppRegistration> apps = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<GroupEdge> groupEdges = new ArrayList<>();
    final List<Subscription> subscriptions = new ArrayList<>();
    final List<CoAdministrator> coAdministrators = new ArrayList<>();
    final List<ResourceGroup> resourceGroups = new ArrayList<>();
    final List<Resource> resources = new ArrayList<>();
    final List<RoleDefinition> customRoles = new ArrayList<>();
    final List<RoleAssignment> roleAssignments = new ArrayList<>();

    /** How many objects the plan writes. */
    long size() {
        return (long) accounts.size()
                + directories.size()
                + domains.size()
                + users.size()
                + apps.size()
                + memberships.size()
                + groups.size()
                + groupEdges.size()
                + subscriptions.size()
                + coAdministrators.size()
                + resourceGroups.size()
                + resources.size()
                + customRoles.size()
                + roleAssignments.size();
    }
}
