package dev.cerulean.core.directory.group;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.DirectoryAuthority;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.directory.GraphAppRoles;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may create and change groups, as Entra decides for security groups: any member user (Entra's
 * default "users can create security groups"), not a guest; a group's owners, Global and User
 * Administrators may change it; applications need the Graph application roles that name groups.
 * Also finds the directory object a reference names, and its type.
 */
public final class GroupAuthority {
    static final List<DirectoryRole> ADMINISTRATORS =
            List.of(DirectoryRole.GlobalAdministrator, DirectoryRole.UserAdministrator);

    private final DirectoryAuthority authority;
    private final DirectoryUsers users;
    private final AppRegistrations apps;
    private final Groups groups;
    private final ManagedIdentities managedIdentities;

    GroupAuthority(
            DirectoryAuthority authority,
            DirectoryUsers users,
            AppRegistrations apps,
            Groups groups,
            ManagedIdentities managedIdentities) {
        this.authority = authority;
        this.users = users;
        this.apps = apps;
        this.groups = groups;
        this.managedIdentities = managedIdentities;
    }

    /** Refusal when the caller may not create groups in {@code directory}. */
    Outcome<Void> mayCreate(Caller caller, DirectoryId directory) {
        if (caller.identity() instanceof Identity.App) {
            return authority.appHoldsAnyGraphRole(caller, directory, GraphAppRoles.CREATE_GROUPS)
                    ? Outcome.ok(null)
                    : denied();
        }
        boolean member = authority
                .userOf(caller, directory)
                .filter(u -> u.type() == DirectoryUser.UserType.Member)
                .isPresent();
        return member || authority.holdsAnyRole(caller, directory, ADMINISTRATORS) ? Outcome.ok(null) : denied();
    }

    /**
     * Refusal when the caller may not change {@code group}: its owners and administrators may;
     * applications with {@code appRoles}.
     */
    Outcome<Void> mayChange(Caller caller, Group group, Set<String> appRoles) {
        DirectoryId directory = group.directory();
        if (authority.permits(caller, directory, ADMINISTRATORS, appRoles)) return Outcome.ok(null);
        Optional<GroupMember> self = actingObject(caller, directory);
        if (self.isPresent()
                && groups.owners(directory, group.id()).stream()
                        .anyMatch(o -> o.id().equals(self.get().id()))) {
            return Outcome.ok(null);
        }
        return denied();
    }

    /** True when the caller acts through a directory role or app role, not as an owner. */
    boolean isAdministrator(Caller caller, DirectoryId directory) {
        return authority.holdsAnyRole(caller, directory, ADMINISTRATORS) || caller.identity() instanceof Identity.App;
    }

    /** The caller's own object in the directory: its user object, or an application's service principal. */
    Optional<GroupMember> actingObject(Caller caller, DirectoryId directory) {
        if (caller.identity() instanceof Identity.App app) {
            return app.directory().equals(directory)
                    ? Optional.of(new GroupMember(app.servicePrincipal(), GroupMember.Type.ServicePrincipal))
                    : Optional.empty();
        }
        return authority.userOf(caller, directory).map(u -> new GroupMember(u.id(), GroupMember.Type.User));
    }

    /**
     * Whether an object is a managed identity enabled in a directory: identities live with the
     * resources of subscriptions, which this context does not see, so the composition root answers.
     */
    @FunctionalInterface
    public interface ManagedIdentities {
        boolean isEnabledIn(DirectoryId directory, ObjectId principal);

        ManagedIdentities NONE = (directory, principal) -> false;
    }

    /**
     * The directory object {@code id} names in {@code directory}: a user, a group or a service
     * principal (an app's, or a managed identity's).
     */
    Optional<GroupMember> find(DirectoryId directory, ObjectId id) {
        if (users.byId(directory, id).isPresent()) return Optional.of(new GroupMember(id, GroupMember.Type.User));
        if (groups.byId(directory, id).isPresent()) return Optional.of(new GroupMember(id, GroupMember.Type.Group));
        if (apps.byServicePrincipal(directory, id).isPresent() || managedIdentities.isEnabledIn(directory, id))
            return Optional.of(new GroupMember(id, GroupMember.Type.ServicePrincipal));
        return Optional.empty();
    }

    static <T> Outcome<T> denied() {
        return Outcome.rejected(
                RuleCode.InsufficientDirectoryRole,
                "Groups Administrator, " + DirectoryRole.UserAdministrator.displayName() + " or group owner");
    }
}
