package dev.cerulean.bench;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.DirectoryChangeMode;
import dev.cerulean.core.move.DirectoryChangePreview;
import dev.cerulean.core.move.DirectoryChangeResult;
import dev.cerulean.core.move.PreviewDirectoryChange;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.LoadWorld;
import java.time.Clock;
import java.util.Random;
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
 * A directory change as the portal makes it (walkthrough steps 2.2–2.5): preview, then apply
 * that preview, on a subscription at its limits (see {@link BigSubscription}) and, as the
 * in-run baseline, on an empty subscription, on H2 (file database) and on PostgreSQL. Each
 * iteration times one preview + apply of a subscription written by the iteration's setup,
 * which is not timed (SingleShotTime with Level.Iteration setup).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DirectoryChangeBenchmark {

    /** The store with the demo world loaded and Contoso linked (walkthrough step 1), once per run. */
    @State(Scope.Benchmark)
    public static class Store {
        @Param({"H2", "PostgreSQL"})
        public String database;

        BenchDatabase db;
        Ports ports;
        PreviewDirectoryChange preview;
        ChangeDirectory change;
        final Random random = new Random(42);
        final Caller kelley = new Caller(
                new Identity.Personal(DemoWorld.KELLEY_MSA),
                DemoWorld.DEFAULT_DIRECTORY,
                DemoWorld.KELLEY_IN_DEFAULT,
                Email.of(DemoWorld.KELLEY));

        @Setup(Level.Trial)
        public void open() {
            db = BenchDatabase.open(database);
            Ports p = db.database().ports(Clock.systemUTC(), IdGenerator.random());
            LoadWorld.Result loaded = new LoadWorld(p).load(DemoWorld.world());
            if (!loaded.isLoaded()) throw new IllegalStateException("the demo world does not load: " + loaded);
            var move = UseCases.of(p).move();
            var request = move.requestDirectoryLink().request(kelley, true).orThrow();
            Caller contosoAdministrator = new Caller(
                    new Identity.Work(DemoWorld.CONTOSO, DemoWorld.KELLEY_CONTOSO),
                    DemoWorld.CONTOSO,
                    DemoWorld.KELLEY_CONTOSO,
                    Email.of("kelley.wall@contoso.onmicrosoft.com"));
            move.confirmDirectoryLink()
                    .confirm(contosoAdministrator, request.id())
                    .orThrow();
            ports = p;
            preview = move.previewDirectoryChange();
            change = move.changeDirectory();
        }

        @TearDown(Level.Trial)
        public void close() {
            if (db != null) db.close();
        }

        SubscriptionId newSubscription(boolean full) {
            return BigSubscription.create(
                    ports, DemoWorld.DEFAULT_DIRECTORY, DemoWorld.KELLEY_MSA, kelley.email(), full, random);
        }

        DirectoryChangeResult move(SubscriptionId subscription) {
            DirectoryChangePreview planned = preview.preview(
                            kelley, subscription, DemoWorld.CONTOSO, DirectoryChangeMode.MODERN)
                    .orThrow();
            Outcome<DirectoryChangeResult> applied = change.apply(kelley, planned);
            // a refusal would be measured as if it were a change: fail the run instead
            return applied.orThrow();
        }
    }

    /** A new full subscription for every iteration (1,000 resources, 4,000 assignments, 200 co-administrators). */
    @State(Scope.Benchmark)
    public static class Full {
        SubscriptionId subscription;

        @Setup(Level.Iteration)
        public void populate(Store store) {
            subscription = store.newSubscription(true);
        }
    }

    /** A new empty subscription for every iteration: what a directory change costs without any data to move. */
    @State(Scope.Benchmark)
    public static class Empty {
        SubscriptionId subscription;

        @Setup(Level.Iteration)
        public void populate(Store store) {
            subscription = store.newSubscription(false);
        }
    }

    @Benchmark
    public DirectoryChangeResult baselineEmptySubscription(Store store, Empty empty) {
        return store.move(empty.subscription);
    }

    @Benchmark
    public DirectoryChangeResult fullSubscription(Store store, Full full) {
        DirectoryChangeResult result = store.move(full.subscription);
        if (result.followUpItems().size()
                != BigSubscription.KEY_VAULTS
                        + BigSubscription.VIRTUAL_MACHINES
                        + BigSubscription.USER_ASSIGNED_IDENTITIES) {
            throw new IllegalStateException(
                    "unexpected follow-up items: " + result.followUpItems().size());
        }
        return result;
    }
}
