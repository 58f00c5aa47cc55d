package dev.cerulean.core.fakes;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySubscriptions implements Subscriptions {
    private final Map<SubscriptionId, Subscription> subscriptions = new ConcurrentHashMap<>();
    /** Who co-administers what, for the classic list (the store reads it in the same query). */
    private final CoAdministrators coAdministrators;
    /** Role assignments and custom roles, for the list of subscriptions with any role (read in the same query too). */
    private final RoleAssignments roleAssignments;

    private final RoleDefinitions roleDefinitions;

    public InMemorySubscriptions(
            CoAdministrators coAdministrators, RoleAssignments roleAssignments, RoleDefinitions roleDefinitions) {
        this.coAdministrators = coAdministrators;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
    }

    @Override
    public void add(Subscription subscription) {
        if (subscriptions.putIfAbsent(subscription.id(), subscription) != null) {
            throw new IllegalStateException("duplicate subscription " + subscription.id());
        }
    }

    @Override
    public Optional<Subscription> byId(SubscriptionId id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    @Override
    public List<Subscription> all() {
        return new ArrayList<>(subscriptions.values());
    }

    @Override
    public List<Subscription> inDirectory(DirectoryId directory) {
        return subscriptions.values().stream()
                .filter(s -> s.directory().equals(directory))
                .toList();
    }

    @Override
    public List<Subscription> withAccountAdministrator(dev.cerulean.core.account.Identity person) {
        return subscriptions.values().stream()
                .filter(s -> s.accountAdministrator().who().equals(person))
                .toList();
    }

    @Override
    public List<Subscription> withServiceAdministrator(dev.cerulean.core.account.Identity person) {
        return subscriptions.values().stream()
                .filter(s -> s.serviceAdministrator().who().equals(person))
                .toList();
    }

    @Override
    public synchronized boolean update(Subscription changed) {
        Subscription stored = subscriptions.get(changed.id());
        if (stored == null || stored.version() != changed.version()) return false;
        subscriptions.put(changed.id(), changed.withVersion(changed.version() + 1));
        return true;
    }

    @Override
    public synchronized void touch(SubscriptionId id) {
        subscriptions.computeIfPresent(id, (k, s) -> s.withVersion(s.version() + 1));
    }

    @Override
    public List<Subscription> administeredIn(
            DirectoryId directory, Identity person, String search, int offset, int limit) {
        return administeredIn(directory, person, search).stream()
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int countAdministeredIn(DirectoryId directory, Identity person, String search) {
        return administeredIn(directory, person, search).size();
    }

    private List<Subscription> administeredIn(DirectoryId directory, Identity person, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        var coAdministered = Set.copyOf(coAdministrators.subscriptionsOf(person));
        return inDirectory(directory).stream()
                .filter(s -> s.state() != Subscription.SubscriptionState.Deleted)
                .filter(s -> (!s.serviceAdministratorLostAccess()
                                && s.serviceAdministrator().who().equals(person))
                        || coAdministered.contains(s.id()))
                .filter(s -> needle.isEmpty()
                        || s.displayName().toLowerCase(Locale.ROOT).contains(needle)
                        || s.id().toString().contains(needle))
                .sorted(Subscription.BY_DISPLAY_NAME)
                .toList();
    }

    @Override
    public List<WithRole> withAnyRole(RoleHolder holder, String search, int offset, int limit) {
        return withAnyRole(holder, search).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public int countWithAnyRole(RoleHolder holder, String search) {
        return withAnyRole(holder, search).size();
    }

    /** Every subscription of the directory decided one by one, as SubscriptionAccess.hasAnyRole does. */
    private List<WithRole> withAnyRole(RoleHolder holder, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<RoleAssignment> root = roleAssignments.atRoot(holder.directory());
        return inDirectory(holder.directory()).stream()
                .filter(s -> s.state() != Subscription.SubscriptionState.Deleted)
                .filter(s -> needle.isEmpty()
                        || s.displayName().toLowerCase(Locale.ROOT).contains(needle)
                        || s.id().toString().contains(needle))
                .sorted(Subscription.BY_DISPLAY_NAME)
                .map(s -> new WithRole(s, classicAdministrator(s, holder.identity())))
                .filter(w -> w.classicAdministrator() || assigned(w.subscription(), holder, root))
                .toList();
    }

    private boolean classicAdministrator(Subscription s, Identity person) {
        return (!s.serviceAdministratorLostAccess()
                        && s.serviceAdministrator().who().equals(person))
                || coAdministrators.of(s.id()).stream()
                        .anyMatch(c -> c.administrator().who().equals(person));
    }

    private boolean assigned(Subscription s, RoleHolder holder, List<RoleAssignment> root) {
        Set<RoleDefinitionId> custom = new HashSet<>();
        roleDefinitions.of(s.id()).forEach(d -> custom.add(d.id()));
        return java.util.stream.Stream.concat(roleAssignments.of(s.id()).stream(), root.stream())
                .anyMatch(a -> a.directory().equals(s.directory())
                        && holder.principals().contains(a.principalId())
                        && (BuiltInRoles.byId(a.roleDefinition()).isPresent() || custom.contains(a.roleDefinition())));
    }
}
