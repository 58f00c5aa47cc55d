package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import java.util.Collection;
import java.util.Optional;

/**
 * Who may do what inside a directory: directory roles for people, Graph application roles for
 * applications. Directory roles decide nothing about subscriptions (that is RBAC and the classic
 * administrators, in {@code access}); this class never looks at subscriptions.
 *
 * <p>A person acts in a directory through its user object there, found through its identity,
 * so that an account switching directories (R31) keeps its roles in each. A guest whose
 * invitation is still pending acts nowhere.
 */
public final class DirectoryAuthority {
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final AppRegistrations apps;

    public DirectoryAuthority(DirectoryUsers users, DirectoryRoles roles, AppRegistrations apps) {
        this.users = users;
        this.roles = roles;
        this.apps = apps;
    }

    /** The caller's own user object in {@code directory}, if it has one it may act through. */
    public Optional<DirectoryUser> userOf(Caller caller, DirectoryId directory) {
        if (caller == null || caller.identity() instanceof Identity.App) return Optional.empty();
        if (caller.principal() != null && directory.equals(caller.directory())) {
            Optional<DirectoryUser> direct = users.byId(directory, caller.principal())
                    .filter(u -> u.person().equals(caller.identity()));
            if (direct.isPresent()) return direct.filter(u -> !u.invitationPending());
        }
        return users.ofPerson(caller.identity()).stream()
                .filter(u -> u.directory().equals(directory) && !u.invitationPending())
                .findFirst();
    }

    public boolean isGlobalAdministrator(Caller caller, DirectoryId directory) {
        return holdsAnyRole(caller, directory, java.util.List.of(DirectoryRole.GlobalAdministrator));
    }

    /** True when the caller is a person of the directory holding one of {@code wanted}. */
    public boolean holdsAnyRole(Caller caller, DirectoryId directory, Collection<DirectoryRole> wanted) {
        return userOf(caller, directory)
                .map(u -> roles.rolesOf(directory, u.id()).stream().anyMatch(wanted::contains))
                .orElse(false);
    }

    /** True when the caller is an application of the directory granted one of {@code wanted}. */
    public boolean appHoldsAnyGraphRole(Caller caller, DirectoryId directory, Collection<String> wanted) {
        if (caller == null
                || !(caller.identity() instanceof Identity.App app)
                || !app.directory().equals(directory)) {
            return false;
        }
        return apps.byServicePrincipal(directory, app.servicePrincipal())
                .map(a -> a.graphAppRoles().stream().anyMatch(wanted::contains))
                .orElse(false);
    }

    /** The directory roles that manage every application and service principal of a directory. */
    public static final java.util.List<DirectoryRole> APP_ADMINISTRATORS = java.util.List.of(
            DirectoryRole.GlobalAdministrator,
            DirectoryRole.ApplicationAdministrator,
            DirectoryRole.CloudApplicationAdministrator);

    /**
     * Who may change {@code app} (its name, secrets, owners, service principal, or delete it), as
     * Entra ID decides: an application administrator (Global, Application or Cloud Application
     * Administrator), one of the app's owners, or an application granted Application.ReadWrite.All
     * or Directory.ReadWrite.All.
     */
    public boolean mayManage(Caller caller, AppRegistration app) {
        if (permits(caller, app.directory(), APP_ADMINISTRATORS, GraphAppRoles.MANAGE_APPS)) return true;
        return userOf(caller, app.directory())
                .map(u -> app.owners().contains(u.id()))
                .orElse(false);
    }

    /** People holding one of {@code personRoles}, or applications granted one of {@code appRoles}. */
    public boolean permits(
            Caller caller, DirectoryId directory, Collection<DirectoryRole> personRoles, Collection<String> appRoles) {
        return holdsAnyRole(caller, directory, personRoles) || appHoldsAnyGraphRole(caller, directory, appRoles);
    }
}
