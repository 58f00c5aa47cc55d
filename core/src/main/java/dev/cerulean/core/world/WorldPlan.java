package dev.cerulean.core.world;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUser.InvitationState;
import dev.cerulean.core.directory.DirectoryUser.Source;
import dev.cerulean.core.directory.DirectoryUser.UserType;
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

    /**
     * A user as planned, held compactly until it is written: most users of a large world are
     * enabled homed members with the default alias, who share one {@link Details} and whose person
     * ({@code Work(directory, id)}) and alias are made only when the user is written.
     */
    record PlannedUser(
            ObjectId id,
            DirectoryId directory,
            String displayName,
            String userPrincipalName,
            PasswordHash password,
            Details details) {

        /** Who the user is at home: the user itself for a homed work account. */
        Identity person() {
            return details.person() != null ? details.person() : new Identity.Work(directory, id);
        }

        DirectoryUser user() {
            return new DirectoryUser(
                    id,
                    directory,
                    displayName,
                    userPrincipalName,
                    details.mail(),
                    details.type(),
                    details.source(),
                    person(),
                    details.invitation(),
                    password,
                    details.mailNickname(),
                    details.accountEnabled());
        }
    }

    /** The rest of a planned user; {@code person} is null for a work account homed in its directory. */
    record Details(
            Email mail,
            UserType type,
            Source source,
            Identity person,
            InvitationState invitation,
            String mailNickname,
            boolean accountEnabled) {
        private static final Details HOMED_MEMBER =
                new Details(null, UserType.Member, Source.WORK_ACCOUNT, null, null, null, true);

        /** These details, shared with every other enabled homed member with the default alias. */
        Details shared() {
            return equals(HOMED_MEMBER) ? HOMED_MEMBER : this;
        }
    }

    /** A member ({@code owner} false) or owner of a group. */
    record GroupEdge(DirectoryId directory, ObjectId group, GroupMember member, boolean owner) {}

    final List<MicrosoftAccount> accounts = new ArrayList<>();
    final List<Directory> directories = new ArrayList<>();
    final List<Domain> domains = new ArrayList<>();
    final List<PlannedUser> users = new ArrayList<>();
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
