package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cerulean identity endpoint}: the environment a hosting environment gives its code so that
 * {@code ManagedIdentityCredential} gets tokens of managed identities — {@code IDENTITY_ENDPOINT}
 * and a new {@code IDENTITY_HEADER} (a secret shown once; only its hash is stored) that the token
 * endpoint honours for the named identities only. The operator acts as the subscription's service
 * administrator, so the identities' usual authorization applies and the activity log says who.
 */
@Command(
        name = "identity",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Managed identities: the environment that gets their tokens.")
final class IdentityCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine with(Main main) {
        return new CommandLine(new IdentityCommand()).addSubcommand(new Endpoint(main));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "endpoint",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Print IDENTITY_ENDPOINT and a new IDENTITY_HEADER for the given identities.")
    static final class Endpoint implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Option(
                names = "--identity",
                required = true,
                paramLabel = "RESOURCE_ID",
                description = "A user-assigned identity, or a resource with a system-assigned one (repeatable; "
                        + "the first is served when a request names none).")
        List<String> identities = List.of();

        @Option(
                names = "--url",
                paramLabel = "URL",
                defaultValue = "https://localhost:8443",
                description = "This server's HTTPS URL as the hosted code reaches it (default: ${DEFAULT-VALUE}).")
        String url;

        Endpoint(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            List<ResourceId> ids = new ArrayList<>();
            for (String text : identities) {
                Optional<ResourceId> id = ResourceId.parse(text);
                if (id.isEmpty()) return fail("not a resource id: " + text);
                ids.add(id.get());
            }
            try (StoreOpener.OpenStore opened = main.opener.open(store.resolve())) {
                Ports p = opened.ports();
                Optional<Subscription> s = p.subscriptions().byId(ids.get(0).subscription());
                if (s.isEmpty()) return fail("no subscription " + ids.get(0).subscription() + " in the store");
                Outcome<String> secret = UseCases.of(p)
                        .resource()
                        .managedIdentityTokens()
                        .grant(ServiceAdministrator.of(p, s.get()), ids);
                if (secret instanceof Outcome.Rejected<String> r) {
                    return fail(r.code() + (r.args().isEmpty() ? "" : " " + r.args()));
                }
                main.out.println("IDENTITY_ENDPOINT=" + url.replaceAll("/+$", "") + "/msi/token");
                main.out.println("IDENTITY_HEADER=" + secret.orThrow());
                main.err.println("cerulean: the header is a secret, shown this once; only its hash is stored.");
                return 0;
            }
        }

        private int fail(String message) {
            main.err.println("cerulean: " + message);
            return 1;
        }
    }
}
