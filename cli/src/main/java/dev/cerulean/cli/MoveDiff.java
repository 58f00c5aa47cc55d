package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.move.AccessDiff;
import dev.cerulean.core.move.MoveMapping;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.plan.AccessDiffJson;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cerulean move diff}: access before (the plan) and after (the store now), per principal,
 * so a person sees that everyone who should have access has it again. Without a mapping only the
 * same principals and re-enabled identities count. Exit status 0 when the diff is empty, 2 when
 * some principal misses access, 1 when the diff is refused.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Compare each plan principal's access before the move with the access now, directly or "
                + "through its counterpart.")
final class MoveDiff implements Callable<Integer> {
    private final Main main;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "A plan from cerulean move plan.")
    Path plan;

    @Option(names = "--map", paramLabel = "FILE", description = "The mapping restore used (JSON or YAML).")
    Path map;

    @Option(names = "--json", description = "Print the diff as JSON (the REST operation's answer).")
    boolean json;

    MoveDiff(Main main) {
        this.main = main;
    }

    @Override
    public Integer call() {
        MovePlan read;
        MoveMapping mapping;
        try {
            read = MoveFiles.plan(plan);
            mapping = map == null ? MoveMapping.NONE : MoveFiles.mapping(map, read);
        } catch (MoveFiles.Unreadable e) {
            return fail(e.getMessage());
        }
        try (StoreOpener.OpenStore opened = main.opener.open(store.resolve())) {
            Ports p = opened.ports();
            Optional<Subscription> s = p.subscriptions().byId(read.subscription());
            if (s.isEmpty()) return fail("no subscription " + read.subscription() + " in the store");
            Outcome<AccessDiff> done =
                    UseCases.of(p).move().compareAccess().compare(ServiceAdministrator.of(p, s.get()), read, mapping);
            if (done instanceof Outcome.Rejected<AccessDiff> r)
                return fail(r.code() + (r.args().isEmpty() ? "" : " " + r.args()));
            AccessDiff diff = done.orThrow();
            if (json) main.out.println(AccessDiffJson.write(diff));
            else AccessDiffJson.print(diff, main.out);
            return diff.empty() ? 0 : 2;
        }
    }

    private int fail(String message) {
        main.err.println("cerulean: " + message);
        return 1;
    }
}
