package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.move.MoveMapping;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.core.move.RestoreReport;
import dev.cerulean.core.move.RestoreReport.Status;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.plan.RestoreReportJson;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cerulean move restore}: after the directory change, restores a plan in the new directory
 * with a mapping file as {@code move map} wrote it and a person edited it, and prints the report
 * per item. The operator acts as the subscription's service administrator in its new directory.
 * Exit status 0 when nothing was refused, 2 when some items were, 1 when the restore was refused.
 */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "After the move: re-create the plan's custom roles, identities, key vault tenants and the "
                + "mapped principals' role assignments in the new directory, and report per item.")
final class MoveRestore implements Callable<Integer> {
    private final Main main;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "A plan from cerulean move plan.")
    Path plan;

    @Option(
            names = "--map",
            required = true,
            paramLabel = "FILE",
            description = "The mapping from cerulean move map, as edited (JSON or YAML).")
    Path map;

    @Option(names = "--dry-run", description = "Report what the restore would do, and write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the report as JSON (the REST operation's answer).")
    boolean json;

    MoveRestore(Main main) {
        this.main = main;
    }

    @Override
    public Integer call() {
        MovePlan read;
        MoveMapping mapping;
        try {
            read = MoveFiles.plan(plan);
            mapping = MoveFiles.mapping(map, read);
        } catch (MoveFiles.Unreadable e) {
            return fail(e.getMessage());
        }
        try (StoreOpener.OpenStore opened = main.opener.open(store.resolve())) {
            Ports p = opened.ports();
            Optional<Subscription> s = p.subscriptions().byId(read.subscription());
            if (s.isEmpty()) return fail("no subscription " + read.subscription() + " in the store");
            Outcome<RestoreReport> done = UseCases.of(p)
                    .move()
                    .restoreAfterDirectoryChange()
                    .restore(ServiceAdministrator.of(p, s.get()), read, mapping, dryRun);
            if (done instanceof Outcome.Rejected<RestoreReport> r)
                return fail(r.code() + (r.args().isEmpty() ? "" : " " + r.args()));
            RestoreReport report = done.orThrow();
            if (json) main.out.println(RestoreReportJson.write(report));
            else print(report);
            return report.count(Status.REFUSED) == 0 ? 0 : 2;
        }
    }

    private void print(RestoreReport report) {
        report.items().forEach(i -> main.out.println(RestoreReportJson.line(i)));
        String verb = report.dryRun() ? "Would restore " : "Restored ";
        main.out.println(
                verb + report.count(Status.RESTORED) + ", already present " + report.count(Status.ALREADY_PRESENT)
                        + ", skipped (unmapped) " + report.count(Status.SKIPPED) + ", refused "
                        + report.count(Status.REFUSED) + ".");
        if (report.dryRun()) main.out.println("Dry run: nothing was written.");
        else if (report.changedNothing()) main.out.println("Nothing changed: everything mapped was already restored.");
    }

    private int fail(String message) {
        main.err.println("cerulean: " + message);
        return 1;
    }
}
