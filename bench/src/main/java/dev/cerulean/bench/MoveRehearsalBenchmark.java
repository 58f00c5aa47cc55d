package dev.cerulean.bench;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.move.DirectoryChangeMode;
import dev.cerulean.core.move.MoveMapping;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.core.move.MoveUseCases;
import dev.cerulean.core.move.RestoreReport;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.LoadWorld;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The move rehearsal at a subscription's limits (see {@link BigSubscription}: 4,000 role
 * assignments, 200 co-administrators, 3 custom roles, 1,000 resources of which 100 key vaults and
 * 300 machines with a system-assigned identity), on H2 (file database) and PostgreSQL: {@code
 * plan} times {@code PlanDirectoryChange.plan}; {@code restore} times {@code
 * RestoreAfterDirectoryChange.restore} after the change, every assignment's principal mapped to a
 * user of Contoso and every machine's identity enabled again. Each iteration works on a new
 * subscription written (and, for restore, planned and moved) by the iteration's untimed setup.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MoveRehearsalBenchmark {

    /** The demo world with Contoso linked and 4,000 users of Contoso to map to, once per run. */
    @State(Scope.Benchmark)
    public static class Store {
        @Param({"H2", "PostgreSQL"})
        public String database;

        BenchDatabase db;
        Ports ports;
        MoveUseCases move;
        final List<ObjectId> contosoUsers = new ArrayList<>();
        final Random random = new Random(42);
        final Caller kelley = new Caller(
                new Identity.Personal(DemoWorld.KELLEY_MSA),
                DemoWorld.DEFAULT_DIRECTORY,
                DemoWorld.KELLEY_IN_DEFAULT,
                Email.of(DemoWorld.KELLEY));
        Caller kelleyInContoso;

        @Setup(Level.Trial)
        public void open() {
            db = BenchDatabase.open(database);
            Ports p = db.database().ports(Clock.systemUTC(), IdGenerator.random());
            LoadWorld.Result loaded = new LoadWorld(p).load(DemoWorld.world());
            if (!loaded.isLoaded()) throw new IllegalStateException("the demo world does not load: " + loaded);
            move = UseCases.of(p).move();
            var request = move.requestDirectoryLink().request(kelley, true).orThrow();
            Caller contosoAdministrator = new Caller(
                    new Identity.Work(DemoWorld.CONTOSO, DemoWorld.KELLEY_CONTOSO),
                    DemoWorld.CONTOSO,
                    DemoWorld.KELLEY_CONTOSO,
                    Email.of("kelley.wall@contoso.onmicrosoft.com"));
            move.confirmDirectoryLink()
                    .confirm(contosoAdministrator, request.id())
                    .orThrow();
            DirectoryUser kelleyUser = p.directoryUsers().ofPerson(kelley.identity()).stream()
                    .filter(u -> u.directory().equals(DemoWorld.CONTOSO))
                    .findFirst()
                    .orElseThrow();
            kelleyInContoso = new Caller(kelley.identity(), DemoWorld.CONTOSO, kelleyUser.id(), kelley.email());
            p.transactions().inTransaction(() -> {
                for (int u = 0; u < BigSubscription.ASSIGNMENTS; u++) {
                    ObjectId id = new ObjectId(BigSubscription.uuid(random));
                    p.directoryUsers()
                            .add(new DirectoryUser(
                                    id,
                                    DemoWorld.CONTOSO,
                                    "Bench user " + u,
                                    "bench" + u + "@contoso.onmicrosoft.com",
                                    null,
                                    DirectoryUser.UserType.Member,
                                    DirectoryUser.Source.WORK_ACCOUNT,
                                    new Identity.Work(DemoWorld.CONTOSO, id),
                                    null,
                                    null));
                    contosoUsers.add(id);
                }
                return null;
            });
            ports = p;
        }

        @TearDown(Level.Trial)
        public void close() {
            if (db != null) db.close();
        }

        SubscriptionId newSubscription() {
            return BigSubscription.create(
                    ports, DemoWorld.DEFAULT_DIRECTORY, DemoWorld.KELLEY_MSA, kelley.email(), true, random);
        }

        MovePlan plan(SubscriptionId subscription) {
            return move.planDirectoryChange()
                    .plan(kelley, subscription, DemoWorld.CONTOSO)
                    .orThrow();
        }
    }

    /** A new full subscription for every iteration. */
    @State(Scope.Benchmark)
    public static class ToPlan {
        SubscriptionId subscription;

        @Setup(Level.Iteration)
        public void populate(Store store) {
            subscription = store.newSubscription();
        }
    }

    /** A new full subscription, planned, moved to Contoso, and its mapping, for every iteration. */
    @State(Scope.Benchmark)
    public static class ToRestore {
        MovePlan plan;
        MoveMapping mapping;

        @Setup(Level.Iteration)
        public void populate(Store store) {
            SubscriptionId subscription = store.newSubscription();
            plan = store.plan(subscription);
            var preview = store.move
                    .previewDirectoryChange()
                    .preview(store.kelley, subscription, DemoWorld.CONTOSO, DirectoryChangeMode.MODERN)
                    .orThrow();
            store.move.changeDirectory().apply(store.kelley, preview).orThrow();
            Map<ObjectId, ObjectId> targets = new HashMap<>();
            int next = 0;
            for (var a : plan.roleAssignments()) {
                if (!targets.containsKey(a.principal().id()))
                    targets.put(a.principal().id(), store.contosoUsers.get(next++ % store.contosoUsers.size()));
            }
            Set<ObjectId> reenable = new HashSet<>();
            plan.managedIdentities().stream()
                    .filter(MovePlan.PlannedIdentity::systemAssigned)
                    .forEach(i -> reenable.add(i.principalId()));
            mapping = new MoveMapping(targets, reenable);
        }
    }

    @Benchmark
    public MovePlan plan(Store store, ToPlan toPlan) {
        MovePlan plan = store.plan(toPlan.subscription);
        if (plan.roleAssignments().size() != BigSubscription.ASSIGNMENTS)
            throw new IllegalStateException(
                    "unexpected plan: " + plan.roleAssignments().size());
        return plan;
    }

    @Benchmark
    public RestoreReport restore(Store store, ToRestore toRestore) {
        RestoreReport report = store.move
                .restoreAfterDirectoryChange()
                .restore(store.kelleyInContoso, toRestore.plan, toRestore.mapping, false)
                .orThrow();
        // a refusal would be measured as if it were a restore: fail the run instead
        if (report.count(RestoreReport.Status.REFUSED) != 0
                || report.count(RestoreReport.Status.RESTORED)
                        != BigSubscription.ASSIGNMENTS
                                + BigSubscription.CUSTOM_ROLES
                                + BigSubscription.KEY_VAULTS
                                + BigSubscription.VIRTUAL_MACHINES) {
            throw new IllegalStateException("unexpected report: "
                    + report.items().stream()
                            .filter(i -> i.status() != RestoreReport.Status.RESTORED)
                            .limit(5)
                            .toList());
        }
        return report;
    }
}
