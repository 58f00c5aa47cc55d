package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.AddClientSecret;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.ReadDirectories;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cerulean app create} (and {@code app secret remove}, {@link AppSecretCommand}): registers an application (client id + secret) in a directory, as
 * its Global Administrator would in the portal, and prints the secret this one time. The
 * operator acts as the directory's first Global Administrator, so the activity log says who.
 */
@Command(
        name = "app",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Register applications (client id and secret) for the identity platform.")
final class AppCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine with(Main main) {
        return new CommandLine(new AppCommand())
                .addSubcommand(new Create(main))
                .addSubcommand(AppSecretCommand.with(main));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description =
                    "Register an app with a client secret (valid two years) and print both; the secret is shown once.")
    static final class Create implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Mixin
        DirectoryOption directory = new DirectoryOption();

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The app's display name.")
        String name;

        @Option(
                names = "--graph-role",
                paramLabel = "ROLE",
                description = "A Microsoft Graph application role to grant, e.g. Directory.ReadWrite.All (repeatable).")
        List<String> graphRoles = List.of();

        Create(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            StoreSettings settings = store.resolve();
            try (StoreOpener.OpenStore opened = main.opener.open(settings)) {
                Ports p = opened.ports();
                Optional<DirectoryId> id = directory.in(p);
                if (id.isEmpty()) return fail("no directory " + directory + " in the store");
                UseCases uses = UseCases.of(p);
                Optional<Caller> admin = globalAdministrator(uses.directory().read(), id.get());
                if (admin.isEmpty()) return fail("directory " + directory + " has no Global Administrator to act as");
                for (String role : graphRoles) {
                    // checked before anything is written, so that a typo registers nothing
                    if (GraphAppRoles.ALL.stream().noneMatch(known -> known.equalsIgnoreCase(role))) {
                        return fail("InvalidGraphAppRole [" + role + "]: one of "
                                + String.join(
                                        ", ",
                                        GraphAppRoles.ALL.stream().sorted().toList()));
                    }
                }
                // one transaction: a refused step leaves no half-made app
                Outcome<AddClientSecret.NewSecret> secret = uses.directory()
                        .createApp()
                        .create(admin.get(), id.get(), name, graphRoles, AddClientSecret.Lifetime.TWO_YEARS);
                if (!secret.isOk()) return fail(refusal(secret));
                AppRegistration app = secret.orThrow().app();
                main.out.println("Registered " + app.displayName() + " in " + id.get() + ".");
                main.out.println("  client id:     " + app.clientId());
                main.out.println("  tenant id:     " + id.get());
                main.out.println("  client secret: " + secret.orThrow().value());
                main.out.println("  secret key id: " + secret.orThrow().stored().keyId());
                main.out.println("  secret expires " + secret.orThrow().stored().expiresAt()
                        + "; it is not stored and cannot be shown again.");
                if (!graphRoles.isEmpty()) main.out.println("  Graph roles:   " + String.join(", ", graphRoles));
                return 0;
            }
        }

        private int fail(String message) {
            main.err.println("cerulean: " + message);
            return 1;
        }

        private static String refusal(Outcome<?> outcome) {
            Outcome.Rejected<?> r = (Outcome.Rejected<?>) outcome;
            return r.code() + (r.args().isEmpty() ? "" : " " + r.args());
        }
    }

    static Optional<Caller> globalAdministrator(ReadDirectories read, DirectoryId directory) {
        // the holders a page at a time, until one that is a user is found
        for (int offset = 0; ; offset += 100) {
            List<ObjectId> holders = read.membersPage(directory, DirectoryRole.GlobalAdministrator, offset, 100);
            Optional<Caller> found = holders.stream()
                    .map(member -> read.user(directory, member))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map((DirectoryUser u) -> new Caller(u.person(), directory, u.id(), u.mail()));
            if (found.isPresent() || holders.size() < 100) return found;
        }
    }
}
