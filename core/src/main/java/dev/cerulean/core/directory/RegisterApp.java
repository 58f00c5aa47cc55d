package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.DisplayName;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers an application in a directory: a new client id and application object id, no secrets
 * and no Graph roles yet. The portals, the command line and worlds register an app together with
 * its service principal ({@link #register}); Graph's {@code POST /applications} makes the
 * application object alone, with the person who made it as its owner ({@link #registerApplication}),
 * as Entra ID does. Done by an application administrator (Global, Application or Cloud Application
 * Administrator), or by an application granted Application.ReadWrite.All or Directory.ReadWrite.All.
 * (Entra ID's default "users can register applications" is not modelled: ordinary members do not
 * register apps.)
 */
public final class RegisterApp {
    private final Transactions transactions;
    private final Directories directories;
    private final AppRegistrations apps;
    private final DirectoryAuthority authority;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public RegisterApp(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.directories = directories;
        this.apps = apps;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.ids = ids;
        this.activity = activity;
    }

    public Outcome<AppRegistration> register(Caller caller, DirectoryId directory, String displayName) {
        return register(caller, directory, displayName, true, RuleCode.NotGlobalAdministrator);
    }

    /** Graph's application object: no service principal yet, its creator (a person) as owner. */
    public Outcome<AppRegistration> registerApplication(Caller caller, DirectoryId directory, String displayName) {
        return register(caller, directory, displayName, false, RuleCode.NotApplicationOwnerOrAdministrator);
    }

    private Outcome<AppRegistration> register(
            Caller caller, DirectoryId directory, String displayName, boolean withServicePrincipal, RuleCode denied) {
        Optional<String> name = DisplayName.parse(displayName);
        if (name.isEmpty()) return Outcome.rejected(RuleCode.InvalidDisplayName, String.valueOf(displayName));
        return transactions.inTransaction(() -> {
            if (directories.byId(directory).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
            if (!authority.permits(
                    caller, directory, DirectoryAuthority.APP_ADMINISTRATORS, GraphAppRoles.MANAGE_APPS)) {
                return Outcome.rejected(denied, caller == null ? "anonymous" : caller.displayName(), directory);
            }
            UUID clientId = ids.newId();
            ObjectId sp = withServicePrincipal ? new ObjectId(ids.newId()) : null;
            ObjectId objectId = new ObjectId(ids.newId());
            List<ObjectId> owners = withServicePrincipal
                    ? List.of()
                    : authority
                            .userOf(caller, directory)
                            .map(u -> List.of(u.id()))
                            .orElse(List.of());
            AppRegistration app =
                    new AppRegistration(clientId, directory, sp, name.get(), List.of(), List.of(), objectId, owners);
            apps.add(app);
            activity.succeeded(
                    caller,
                    DirectoryOperations.REGISTER_APP,
                    app.clientId().toString(),
                    "Application " + app.displayName() + " registered",
                    null,
                    directory);
            return Outcome.ok(app);
        });
    }
}
