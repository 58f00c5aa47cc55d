package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.DisplayName;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Changes to an application object, addressed as Graph addresses it (directory and object id):
 * rename, delete, remove a client secret, add and remove owners. Each runs in one transaction and
 * checks every rule before it writes; who may make them is {@link DirectoryAuthority#mayManage}.
 * Deleting an application deletes its service principal too (as Entra ID does in the app's home
 * directory), with the service principal's directory-role memberships and Graph roles.
 */
public final class ChangeApplication {
    private final Transactions transactions;
    private final AppRegistrations apps;
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final DirectoryAuthority authority;
    private final ActivityRecorder activity;

    public ChangeApplication(
            Transactions transactions,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.apps = apps;
        this.users = users;
        this.roles = roles;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.activity = activity;
    }

    public Outcome<AppRegistration> rename(Caller caller, DirectoryId directory, ObjectId application, String name) {
        Optional<String> parsed = DisplayName.parse(name);
        if (parsed.isEmpty()) return Outcome.rejected(RuleCode.InvalidDisplayName, String.valueOf(name));
        return change(caller, directory, application, app -> {
            AppRegistration renamed = app.withDisplayName(parsed.get());
            apps.update(renamed);
            record(caller, DirectoryOperations.UPDATE_APP, app, "Application renamed to " + parsed.get());
            return Outcome.ok(renamed);
        });
    }

    /** Entra's {@code groupMembershipClaims}: whether the app's tokens carry the groups claim. */
    public Outcome<AppRegistration> groupClaims(
            Caller caller, DirectoryId directory, ObjectId application, AppRegistration.GroupClaims claims) {
        return change(caller, directory, application, app -> {
            AppRegistration changed = app.withGroupClaims(claims);
            apps.update(changed);
            record(caller, DirectoryOperations.UPDATE_APP, app, "Group claims set to " + claims);
            return Outcome.ok(changed);
        });
    }

    public Outcome<AppRegistration> delete(Caller caller, DirectoryId directory, ObjectId application) {
        return change(caller, directory, application, app -> {
            if (app.hasServicePrincipal()) {
                for (DirectoryRole role : roles.rolesOf(directory, app.servicePrincipal())) {
                    roles.unassign(directory, role, app.servicePrincipal());
                }
            }
            apps.remove(app.clientId());
            record(caller, DirectoryOperations.DELETE_APP, app, "Application " + app.displayName() + " deleted");
            return Outcome.ok(app);
        });
    }

    /** Graph's removePassword: the secret stops working at once (the token endpoint reads the store). */
    public Outcome<AppRegistration> removeSecret(
            Caller caller, DirectoryId directory, ObjectId application, UUID keyId) {
        return change(caller, directory, application, app -> {
            List<ClientSecret> kept =
                    app.secrets().stream().filter(s -> !s.keyId().equals(keyId)).toList();
            if (kept.size() == app.secrets().size()) {
                return Outcome.rejected(RuleCode.ClientSecretNotFound, String.valueOf(keyId));
            }
            AppRegistration updated = app.withSecrets(kept);
            apps.update(updated);
            record(caller, DirectoryOperations.REMOVE_CLIENT_SECRET, app, "Client secret " + keyId + " removed");
            return Outcome.ok(updated);
        });
    }

    /** Adds a user of the app's directory as owner; service principals and other objects are refused. */
    public Outcome<AppRegistration> addOwner(
            Caller caller, DirectoryId directory, ObjectId application, ObjectId user) {
        return change(caller, directory, application, app -> {
            if (users.byId(directory, user).isEmpty()) {
                return apps.byServicePrincipal(directory, user).isPresent()
                                || apps.byObjectId(directory, user).isPresent()
                        ? Outcome.rejected(RuleCode.AppOwnerMustBeUser, user)
                        : Outcome.rejected(RuleCode.UserNotFound, user);
            }
            if (app.owners().contains(user)) return Outcome.rejected(RuleCode.AlreadyAppOwner, user);
            List<ObjectId> owners = new ArrayList<>(app.owners());
            owners.add(user);
            AppRegistration updated = app.withOwners(owners);
            apps.update(updated);
            record(caller, DirectoryOperations.ADD_APP_OWNER, app, "Owner " + user + " added");
            return Outcome.ok(updated);
        });
    }

    public Outcome<AppRegistration> removeOwner(
            Caller caller, DirectoryId directory, ObjectId application, ObjectId owner) {
        return change(caller, directory, application, app -> {
            if (!app.owners().contains(owner)) return Outcome.rejected(RuleCode.NotAppOwner, owner);
            List<ObjectId> owners = new ArrayList<>(app.owners());
            owners.remove(owner);
            AppRegistration updated = app.withOwners(owners);
            apps.update(updated);
            record(caller, DirectoryOperations.REMOVE_APP_OWNER, app, "Owner " + owner + " removed");
            return Outcome.ok(updated);
        });
    }

    /** Finds the app and checks the caller may manage it, then runs {@code work}, all in one transaction. */
    private Outcome<AppRegistration> change(
            Caller caller,
            DirectoryId directory,
            ObjectId application,
            Function<AppRegistration, Outcome<AppRegistration>> work) {
        return transactions.inTransaction(() -> {
            Optional<AppRegistration> found =
                    application == null ? Optional.empty() : apps.byObjectId(directory, application);
            if (found.isEmpty()) return Outcome.rejected(RuleCode.AppNotFound, String.valueOf(application));
            if (!authority.mayManage(caller, found.get())) {
                return Outcome.rejected(
                        RuleCode.NotApplicationOwnerOrAdministrator,
                        caller == null ? "anonymous" : caller.displayName(),
                        directory);
            }
            return work.apply(found.get());
        });
    }

    private void record(Caller caller, String operation, AppRegistration app, String what) {
        activity.succeeded(caller, operation, app.clientId().toString(), what, null, app.directory());
    }
}
