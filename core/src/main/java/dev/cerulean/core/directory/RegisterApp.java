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

/**
 * Registers an application in a directory together with its service principal: a new client
 * id, a new service-principal object id, no secrets and no Graph roles yet. Done by a Global
 * Administrator, or by an application granted Application.ReadWrite.All. (App owners are not
 * modelled, so ordinary members do not register apps.)
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
        Optional<String> name = DisplayName.parse(displayName);
        if (name.isEmpty()) return Outcome.rejected(RuleCode.InvalidDisplayName, String.valueOf(displayName));
        return transactions.inTransaction(() -> {
            if (directories.byId(directory).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
            if (!authority.permits(
                    caller, directory, List.of(DirectoryRole.GlobalAdministrator), GraphAppRoles.MANAGE_APPS)) {
                return Outcome.rejected(
                        RuleCode.NotGlobalAdministrator,
                        caller == null ? "anonymous" : caller.displayName(),
                        directory);
            }
            AppRegistration app = new AppRegistration(
                    ids.newId(), directory, new ObjectId(ids.newId()), name.get(), List.of(), List.of());
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
