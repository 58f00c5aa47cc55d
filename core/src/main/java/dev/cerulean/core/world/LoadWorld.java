package dev.cerulean.core.world;

import dev.cerulean.core.Ports;
import dev.cerulean.core.world.World.AccountSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.SubscriptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a world into an empty store, all or nothing: everything is checked first (references
 * resolve, ids and names are unique, emails and domains are well formed, secrets are given
 * once), and only a world without problems is written, in one transaction.
 */
public final class LoadWorld {

    /** What loading answered: the counts of what was written, or every problem found. */
    public sealed interface Result permits Loaded, Invalid {
        default boolean isLoaded() {
            return this instanceof Loaded;
        }
    }

    public record Loaded(int accounts, int directories, int users, int apps, int subscriptions) implements Result {}

    public record Invalid(List<WorldProblem> problems) implements Result {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Told how many of the world's objects have been written, as writing goes (long loads show it):
     * once with none written when writing starts, then after each batch.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (written, total) -> {};

        void written(long written, long total);
    }

    /** Objects written per batch: large enough to make batches pay, small enough to report progress often. */
    static final int CHUNK = 1_000;

    private final Ports ports;

    public LoadWorld(Ports ports) {
        this.ports = ports;
    }

    public Result load(World world) {
        return load(world, Progress.NONE);
    }

    /**
     * Checks {@code world} and writes it. The caller should hold no reference to {@code world}
     * beyond this call: resolving lets go of each directory's users and each subscription once
     * they are resolved, and writing lets go of each part of the plan once it is written, so that
     * the largest worlds fit in less memory.
     */
    public Result load(World world, Progress progress) {
        if (!storeIsEmpty()) return notEmpty();
        List<AccountSpec> accounts = world.accounts();
        List<DirectorySpec> directories = new ArrayList<>(world.directories());
        List<SubscriptionSpec> subscriptions = new ArrayList<>(world.subscriptions());
        world = null; // from here on only these lists hold the specs: resolving empties them
        Object resolved = resolve(accounts, directories, subscriptions);
        if (resolved instanceof Invalid invalid) return invalid;
        WorldPlan plan = (WorldPlan) resolved;
        Loaded counts = new Loaded(
                plan.accounts.size(),
                plan.directories.size(),
                plan.users.size(),
                plan.apps.size(),
                plan.subscriptions.size());
        return ports.transactions().inTransaction(() -> {
            // checked again inside the transaction: another process may have loaded meanwhile
            if (!storeIsEmpty()) return notEmpty();
            new Writing(plan, progress).write();
            return counts;
        });
    }

    /** The plan of a valid world, or the world's problems. */
    private Object resolve(
            List<AccountSpec> accounts, List<DirectorySpec> directories, List<SubscriptionSpec> subscriptions) {
        WorldContext cx = new WorldContext(ports.clock(), ports.ids(), ports.passwordHasher());
        new DirectoryResolution(cx).resolve(accounts, directories);
        new GroupResolution(cx).resolve(directories);
        new SubscriptionResolution(cx).resolve(directories, subscriptions);
        return cx.problems.isEmpty() ? cx.plan : new Invalid(cx.problems);
    }

    /** True when the store holds no account, directory or subscription. */
    public boolean storeIsEmpty() {
        return ports.microsoftAccounts().all().isEmpty()
                && ports.directories().all().isEmpty()
                && ports.subscriptions().all().isEmpty();
    }

    private static Result notEmpty() {
        return new Invalid(
                List.of(new WorldProblem("", "the store is not empty: a world loads only into an empty store")));
    }

    /** Writes the plan in batches of {@link #CHUNK}, in the order of its parts, reporting progress. */
    private final class Writing {
        private final WorldPlan plan;
        private final Progress progress;
        private final long total;
        private long written;

        Writing(WorldPlan plan, Progress progress) {
            this.plan = plan;
            this.progress = progress;
            this.total = plan.size();
        }

        void write() {
            progress.written(0, total);
            each(plan.accounts, ports.microsoftAccounts()::add);
            each(plan.directories, ports.directories()::add);
            each(plan.domains, ports.directories()::addDomain);
            batches(
                    plan.users,
                    chunk -> ports.directoryUsers()
                            .addAll(chunk.stream()
                                    .map(WorldPlan.PlannedUser::user)
                                    .toList()));
            each(plan.apps, ports.appRegistrations()::add);
            each(plan.memberships, m -> ports.directoryRoles().assign(m.directory(), m.role(), m.member()));
            each(plan.groups, ports.groups()::add);
            each(plan.groupEdges, e -> {
                if (e.owner()) ports.groups().addOwner(e.directory(), e.group(), e.member());
                else ports.groups().addMember(e.directory(), e.group(), e.member());
            });
            batches(plan.subscriptions, ports.subscriptions()::addAll);
            each(plan.coAdministrators, ports.coAdministrators()::add);
            each(plan.resourceGroups, ports.resourceGroups()::add);
            each(plan.resources, ports.resources()::add);
            each(plan.customRoles, ports.roleDefinitions()::add);
            batches(plan.roleAssignments, ports.roleAssignments()::addAll);
        }

        private <T> void each(List<T> items, Consumer<T> add) {
            batches(items, chunk -> chunk.forEach(add));
        }

        /** Writes {@code items} a chunk at a time, then lets go of them (the plan's list is emptied). */
        private <T> void batches(List<T> items, Consumer<List<T>> add) {
            for (int from = 0; from < items.size(); from += CHUNK) {
                List<T> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
                add.accept(chunk);
                written += chunk.size();
                progress.written(written, total);
            }
            items.clear();
        }
    }
}
