package dev.cerulean.core.world;

import dev.cerulean.core.Ports;
import java.util.List;

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

    private final Ports ports;

    public LoadWorld(Ports ports) {
        this.ports = ports;
    }

    public Result load(World world) {
        if (!storeIsEmpty()) return notEmpty();
        WorldContext cx = new WorldContext(ports.clock(), ports.ids(), ports.passwordHasher());
        new DirectoryResolution(cx).resolve(world);
        new GroupResolution(cx).resolve(world);
        new SubscriptionResolution(cx).resolve(world);
        if (!cx.problems.isEmpty()) return new Invalid(cx.problems);
        WorldPlan plan = cx.plan;
        return ports.transactions().inTransaction(() -> {
            // checked again inside the transaction: another process may have loaded meanwhile
            if (!storeIsEmpty()) return notEmpty();
            write(plan);
            return new Loaded(
                    plan.accounts.size(),
                    plan.directories.size(),
                    plan.users.size(),
                    plan.apps.size(),
                    plan.subscriptions.size());
        });
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

    private void write(WorldPlan plan) {
        plan.accounts.forEach(ports.microsoftAccounts()::add);
        plan.directories.forEach(ports.directories()::add);
        plan.domains.forEach(ports.directories()::addDomain);
        plan.users.forEach(ports.directoryUsers()::add);
        plan.apps.forEach(ports.appRegistrations()::add);
        plan.memberships.forEach(m -> ports.directoryRoles().assign(m.directory(), m.role(), m.member()));
        plan.groups.forEach(ports.groups()::add);
        for (WorldPlan.GroupEdge e : plan.groupEdges) {
            if (e.owner()) ports.groups().addOwner(e.directory(), e.group(), e.member());
            else ports.groups().addMember(e.directory(), e.group(), e.member());
        }
        plan.subscriptions.forEach(ports.subscriptions()::add);
        plan.coAdministrators.forEach(ports.coAdministrators()::add);
        plan.resourceGroups.forEach(ports.resourceGroups()::add);
        plan.resources.forEach(ports.resources()::add);
        plan.customRoles.forEach(ports.roleDefinitions()::add);
        plan.roleAssignments.forEach(ports.roleAssignments()::add);
    }
}
