package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Admin consent: a Global Administrator of the app's directory grants the application a
 * Microsoft Graph application role (e.g. Directory.ReadWrite.All). Granting a role the app holds
 * already changes nothing.
 */
public final class GrantGraphAppRole {
    private final Transactions transactions;
    private final AppRegistrations apps;
    private final DirectoryAuthority authority;
    private final ActivityRecorder activity;

    public GrantGraphAppRole(
            Transactions transactions,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.apps = apps;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.activity = activity;
    }

    public Outcome<AppRegistration> grant(Caller caller, UUID clientId, String role) {
        Optional<String> known = GraphAppRoles.ALL.stream()
                .filter(r -> r.equalsIgnoreCase(String.valueOf(role)))
                .findFirst();
        if (known.isEmpty()) return Outcome.rejected(RuleCode.InvalidGraphAppRole, String.valueOf(role));
        return transactions.inTransaction(() -> {
            Optional<AppRegistration> found = clientId == null ? Optional.empty() : apps.byClientId(clientId);
            if (found.isEmpty()) return Outcome.rejected(RuleCode.AppNotFound, String.valueOf(clientId));
            AppRegistration app = found.get();
            if (!authority.isGlobalAdministrator(caller, app.directory())) {
                return Outcome.rejected(
                        RuleCode.NotGlobalAdministrator,
                        caller == null ? "anonymous" : caller.displayName(),
                        app.directory());
            }
            if (app.graphAppRoles().contains(known.get())) return Outcome.ok(app);
            List<String> granted = new ArrayList<>(app.graphAppRoles());
            granted.add(known.get());
            if (!app.hasServicePrincipal()) {
                return Outcome.rejected(RuleCode.ServicePrincipalNotFound, app.clientId());
            }
            AppRegistration updated = app.withGraphAppRoles(granted);
            apps.update(updated);
            activity.succeeded(
                    caller,
                    DirectoryOperations.GRANT_APP_ROLE,
                    app.clientId().toString(),
                    "Graph application role " + known.get() + " granted",
                    null,
                    app.directory());
            return Outcome.ok(updated);
        });
    }

    /** Withdraws a granted role: the app's next token lacks it, and Graph stops honouring it at once. */
    public Outcome<AppRegistration> revoke(Caller caller, UUID clientId, String role) {
        return transactions.inTransaction(() -> {
            Optional<AppRegistration> found = clientId == null ? Optional.empty() : apps.byClientId(clientId);
            if (found.isEmpty()) return Outcome.rejected(RuleCode.AppNotFound, String.valueOf(clientId));
            AppRegistration app = found.get();
            if (!authority.isGlobalAdministrator(caller, app.directory())) {
                return Outcome.rejected(
                        RuleCode.NotGlobalAdministrator,
                        caller == null ? "anonymous" : caller.displayName(),
                        app.directory());
            }
            if (!app.graphAppRoles().contains(role)) {
                return Outcome.rejected(RuleCode.AppRoleAssignmentNotFound, String.valueOf(role));
            }
            List<String> kept = new ArrayList<>(app.graphAppRoles());
            kept.remove(role);
            AppRegistration updated = app.withGraphAppRoles(kept);
            apps.update(updated);
            activity.succeeded(
                    caller,
                    DirectoryOperations.REVOKE_APP_ROLE,
                    app.clientId().toString(),
                    "Graph application role " + role + " revoked",
                    null,
                    app.directory());
            return Outcome.ok(updated);
        });
    }
}
