package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.core.move.ProposeMapping;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.plan.MoveMappingJson;
import dev.cerulean.server.plan.MovePlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cerulean move plan}: the plan of moving a subscription to another directory, as the JSON
 * document of docs/move-plan.schema.json (the same the REST operation answers). The operator acts
 * as the subscription's service administrator, so the modern mode's rules apply (an Owner who is a
 * member of the destination).
 */
@Command(
        name = "move",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Rehearse moving a subscription to another directory.")
final class MoveCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine with(Main main) {
        return new CommandLine(new MoveCommand())
                .addSubcommand(new Plan(main))
                .addSubcommand(new Map(main))
                .addSubcommand(new MoveRestore(main))
                .addSubcommand(new MoveDiff(main));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Write the plan of moving a subscription to a directory: what the change removes or breaks.")
    static final class Plan implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Option(names = "--subscription", required = true, paramLabel = "ID", description = "The subscription to move.")
        String subscription;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "DIRECTORY_ID",
                description = "The destination directory.")
        String to;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the plan there (default: standard output).")
        Path out;

        Plan(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            Optional<SubscriptionId> id = SubscriptionId.parse(subscription);
            if (id.isEmpty()) return fail("not a subscription id: " + subscription);
            Optional<DirectoryId> destination = DirectoryId.parse(to);
            if (destination.isEmpty()) return fail("not a directory id: " + to);
            try (StoreOpener.OpenStore opened = main.opener.open(store.resolve())) {
                Ports p = opened.ports();
                Optional<Subscription> s = p.subscriptions().byId(id.get());
                if (s.isEmpty()) return fail("no subscription " + id.get() + " in the store");
                Outcome<MovePlan> plan = UseCases.of(p)
                        .move()
                        .planDirectoryChange()
                        .plan(ServiceAdministrator.of(p, s.get()), id.get(), destination.get());
                if (plan instanceof Outcome.Rejected<MovePlan> r) {
                    return fail(r.code() + (r.args().isEmpty() ? "" : " " + r.args()));
                }
                String json = MovePlanJson.write(plan.orThrow());
                if (out == null) {
                    main.out.println(json);
                } else {
                    Files.writeString(out, json + "\n");
                    main.out.println("Wrote the plan to " + out + " ("
                            + plan.orThrow().roleAssignments().size() + " role assignments).");
                }
                return 0;
            } catch (IOException e) {
                return fail("cannot write " + out + ": " + e.getMessage());
            }
        }

        private int fail(String message) {
            main.err.println("cerulean: " + message);
            return 1;
        }
    }

    @Command(
            name = "map",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description =
                    "Propose, for each principal of a plan, its counterpart in the destination directory: a mapping "
                            + "file to check and edit. Unmatched principals are listed, never guessed.")
    static final class Map implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Option(names = "--plan", required = true, paramLabel = "FILE", description = "A plan from cerulean move plan.")
        Path plan;

        @Option(
                names = "--to",
                paramLabel = "DIRECTORY_ID",
                description = "The destination directory (default: the plan's).")
        String to;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "Write the mapping there (default: standard output).")
        Path out;

        Map(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            MovePlan read;
            try {
                read = MoveFiles.plan(plan);
            } catch (MoveFiles.Unreadable e) {
                return fail(e.getMessage());
            }
            Optional<DirectoryId> destination = to == null ? Optional.of(read.destination()) : DirectoryId.parse(to);
            if (destination.isEmpty()) return fail("not a directory id: " + to);
            try (StoreOpener.OpenStore opened = main.opener.open(store.resolve())) {
                var proposed =
                        UseCases.of(opened.ports()).move().proposeMapping().propose(read, destination.get());
                if (proposed instanceof Outcome.Rejected<?> r) {
                    return fail(r.code() + (r.args().isEmpty() ? "" : " " + r.args()));
                }
                var entries = proposed.orThrow();
                var admins = UseCases.of(opened.ports())
                        .move()
                        .proposeMapping()
                        .proposeCoAdministrators(read, destination.get())
                        .orThrow();
                String json = MoveMappingJson.write(read, entries, admins);
                if (out == null) main.out.println(json);
                else Files.writeString(out, json + "\n");
                long matched =
                        entries.stream().filter(ProposeMapping.Entry::matched).count();
                java.io.PrintWriter report = out == null ? main.err : main.out;
                report.println("Mapped " + matched + " of " + entries.size() + " principals"
                        + (out == null ? "" : " into " + out) + ".");
                java.util.Set<dev.cerulean.core.common.ObjectId> reenabled = new java.util.HashSet<>();
                read.managedIdentities().stream()
                        .filter(MovePlan.PlannedIdentity::systemAssigned)
                        .forEach(i -> reenabled.add(i.principalId()));
                entries.stream()
                        .filter(e -> reenabled.contains(e.source().id()))
                        .forEach(e -> report.println("  to enable again: system-assigned identity of "
                                + e.source().displayName() + " (target " + MoveMappingJson.REENABLE + ")"));
                java.util.Set<dev.cerulean.core.common.ObjectId> recreated = new java.util.HashSet<>();
                read.managedIdentities().stream()
                        .filter(i -> !i.systemAssigned())
                        .forEach(i -> recreated.add(i.principalId()));
                entries.stream()
                        .filter(e -> recreated.contains(e.source().id()))
                        .forEach(e -> report.println("  to re-create: user-assigned identity "
                                + e.source().displayName() + " (target " + MoveMappingJson.RECREATE + ")"));
                for (var admin : admins) {
                    report.println("  co-administrator " + admin.source().email() + ": "
                            + (admin.target() == null
                                    ? "unmatched (" + admin.match() + ")"
                                    : "as " + admin.target() + " (" + admin.match() + ")"));
                }
                entries.stream()
                        .filter(e -> !e.matched()
                                && !reenabled.contains(e.source().id())
                                && !recreated.contains(e.source().id()))
                        .forEach(
                                e -> report.println("  unmatched: " + e.source().type() + " "
                                        + (e.source().displayName() == null
                                                ? e.source().id()
                                                : e.source().displayName())
                                        + " (" + e.match() + ")"));
                return 0;
            } catch (IOException e) {
                return fail("cannot write " + out + ": " + e.getMessage());
            }
        }

        private int fail(String message) {
            main.err.println("cerulean: " + message);
            return 1;
        }
    }
}
