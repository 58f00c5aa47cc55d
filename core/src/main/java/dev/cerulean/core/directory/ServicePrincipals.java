package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.Optional;
import java.util.UUID;

/**
 * An application's service principal in its own directory (multi-tenant apps are not modelled):
 * made for an app that has none (a second one is refused, as Graph refuses it), and deleted,
 * which leaves the application object but ends what the service principal held: its directory-role
 * memberships and Graph roles, and with them its tokens (client credentials need a service
 * principal). Who may: {@link DirectoryAuthority#mayManage}.
 */
public final class ServicePrincipals {
    private final Transactions transactions;
    private final AppRegistrations apps;
    private final DirectoryRoles roles;
    private final DirectoryAuthority authority;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public ServicePrincipals(
            Transactions transactions,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.apps = apps;
        this.roles = roles;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.ids = ids;
        this.activity = activity;
    }

    public Outcome<AppRegistration> create(Caller caller, DirectoryId directory, UUID appId) {
        return transactions.inTransaction(() -> {
            Optional<AppRegistration> found = appId == null
                    ? Optional.empty()
                    : apps.byClientId(appId).filter(a -> a.directory().equals(directory));
            if (found.isEmpty()) return Outcome.rejected(RuleCode.AppNotFound, String.valueOf(appId));
            AppRegistration app = found.get();
            if (!authority.mayManage(caller, app)) return denied(caller, directory);
            if (app.hasServicePrincipal()) return Outcome.rejected(RuleCode.ServicePrincipalExists, appId);
            AppRegistration updated = app.withServicePrincipal(new ObjectId(ids.newId()));
            apps.update(updated);
            activity.succeeded(
                    caller,
                    DirectoryOperations.CREATE_SERVICE_PRINCIPAL,
                    app.clientId().toString(),
                    "Service principal " + updated.servicePrincipal() + " created",
                    null,
                    directory);
            return Outcome.ok(updated);
        });
    }

    public Outcome<AppRegistration> delete(Caller caller, DirectoryId directory, ObjectId servicePrincipal) {
        return transactions.inTransaction(() -> {
            Optional<AppRegistration> found =
                    servicePrincipal == null ? Optional.empty() : apps.byServicePrincipal(directory, servicePrincipal);
            if (found.isEmpty()) {
                return Outcome.rejected(RuleCode.ServicePrincipalNotFound, String.valueOf(servicePrincipal));
            }
            AppRegistration app = found.get();
            if (!authority.mayManage(caller, app)) return denied(caller, directory);
            for (DirectoryRole role : roles.rolesOf(directory, servicePrincipal)) {
                roles.unassign(directory, role, servicePrincipal);
            }
            AppRegistration updated = app.withServicePrincipal(null);
            apps.update(updated);
            activity.succeeded(
                    caller,
                    DirectoryOperations.DELETE_SERVICE_PRINCIPAL,
                    app.clientId().toString(),
                    "Service principal " + servicePrincipal + " deleted",
                    null,
                    directory);
            return Outcome.ok(updated);
        });
    }

    private static <T> Outcome<T> denied(Caller caller, DirectoryId directory) {
        return Outcome.rejected(
                RuleCode.NotApplicationOwnerOrAdministrator,
                caller == null ? "anonymous" : caller.displayName(),
                directory);
    }
}
