package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.AppRegistration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cerulean app secret remove}: removes one client secret of an app by its key id, as Graph's
 * removePassword does. The token endpoint reads the app on every request, so the secret stops
 * working at once on every node sharing the store. The operator acts as the directory's first
 * Global Administrator.
 */
@Command(
        name = "secret",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Manage an app's client secrets.")
final class AppSecretCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine with(Main main) {
        return new CommandLine(new AppSecretCommand()).addSubcommand(new Remove(main));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Remove a client secret by its key id; it stops working at once.")
    static final class Remove implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Mixin
        DirectoryOption directory = new DirectoryOption();

        @Option(
                names = "--app",
                required = true,
                paramLabel = "CLIENT_ID",
                description = "The app: its client id (appId) or its application object id.")
        String app;

        @Option(
                names = "--key-id",
                required = true,
                paramLabel = "KEY_ID",
                description = "The secret's key id (keyId in Graph, printed by app create).")
        String keyId;

        Remove(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            Optional<UUID> appId = Guid.parse(app.trim());
            if (appId.isEmpty()) return fail("--app: '" + app + "' is not a GUID");
            Optional<UUID> key = Guid.parse(keyId.trim());
            if (key.isEmpty()) return fail("--key-id: '" + keyId + "' is not a GUID");
            try (StoreOpener.OpenStore opened = main.opener.open(store.resolve())) {
                Ports p = opened.ports();
                Optional<DirectoryId> id = directory.in(p);
                if (id.isEmpty()) return fail("no directory " + directory + " in the store");
                UseCases uses = UseCases.of(p);
                var read = uses.directory().read();
                Optional<AppRegistration> found = read.applicationByAppId(id.get(), appId.get())
                        .or(() -> read.application(id.get(), new ObjectId(appId.get())));
                if (found.isEmpty()) return fail("AppNotFound [" + app + "] in " + directory);
                Optional<Caller> admin = AppCommand.globalAdministrator(read, id.get());
                if (admin.isEmpty()) return fail("directory " + directory + " has no Global Administrator to act as");
                Outcome<AppRegistration> removed = uses.directory()
                        .changeApplication()
                        .removeSecret(admin.get(), id.get(), found.get().objectId(), key.get());
                if (removed instanceof Outcome.Rejected<AppRegistration> r) {
                    return fail(r.code() + (r.args().isEmpty() ? "" : " " + r.args()));
                }
                main.out.println("Removed client secret " + key.get() + " of "
                        + found.get().displayName() + " (" + found.get().clientId() + "); it no longer signs in.");
                return 0;
            }
        }

        private int fail(String message) {
            main.err.println("cerulean: " + message);
            return 1;
        }
    }
}
