package dev.cerulean.core.subscription;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: subscriptions. */
public interface Subscriptions {
    void add(Subscription subscription);

    Optional<Subscription> byId(SubscriptionId id);

    /**
     * The subscription, locked until the transaction ends: a use case that writes what belongs to
     * a subscription reads it this way first, so that it cannot interleave with a directory change
     * (which locks the same row) and write into a subscription that has just moved.
     */
    default Optional<Subscription> byIdForUpdate(SubscriptionId id) {
        return byId(id);
    }

    List<Subscription> all();

    List<Subscription> inDirectory(DirectoryId directory);

    /** The subscriptions whose account administrator is {@code person} (an indexed lookup, not a scan). */
    List<Subscription> withAccountAdministrator(Identity person);

    /** The subscriptions whose service administrator is {@code person} (an indexed lookup, not a scan). */
    List<Subscription> withServiceAdministrator(Identity person);

    /**
     * A page of the subscriptions of {@code directory}, not deleted, that {@code person} administers
     * the classic way: as service administrator (not having lost access) or as co-administrator;
     * by display name whatever its case, then by id. A {@code search} that is not blank keeps those
     * whose display name or id contains it, whatever its case. Read in the database.
     */
    List<Subscription> administeredIn(DirectoryId directory, Identity person, String search, int offset, int limit);

    /** How many subscriptions {@link #administeredIn} pages through. */
    int countAdministeredIn(DirectoryId directory, Identity person, String search);

    /**
     * Writes {@code changed} (all fields but the version) if the stored version is still
     * {@code changed.version()}, and increments the version. False when the version moved on:
     * the caller lost a race or worked from a stale view.
     */
    boolean update(Subscription changed);

    /** Increments the version: something that belongs to the subscription changed. */
    void touch(SubscriptionId id);

    /**
     * A page of the live (not deleted) subscriptions whose account administrator is {@code person},
     * by display name whatever its case, then by id; a {@code search} that is not blank keeps those
     * whose display name or id contains it, whatever its case. Stores read it in the database (a
     * person may be account administrator of thousands); this default filters the whole list.
     */
    default List<Subscription> withAccountAdministrator(Identity person, String search, int offset, int limit) {
        return accountAdministered(this, person, search).stream()
                .skip(offset)
                .limit(limit)
                .toList();
    }

    /** How many subscriptions {@link #withAccountAdministrator(Identity, String, int, int)} pages through. */
    default int countWithAccountAdministrator(Identity person, String search) {
        return accountAdministered(this, person, search).size();
    }

    private static List<Subscription> accountAdministered(Subscriptions all, Identity person, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
        return all.withAccountAdministrator(person).stream()
                .filter(s -> s.state() != Subscription.SubscriptionState.Deleted)
                .filter(s -> needle.isEmpty()
                        || s.displayName().toLowerCase(java.util.Locale.ROOT).contains(needle)
                        || s.id().toString().contains(needle))
                .sorted(Subscription.BY_DISPLAY_NAME)
                .toList();
    }

    /** Adds each of {@code subscriptions} as {@link #add} does; stores write them in batches (world loading). */
    default void addAll(List<Subscription> subscriptions) {
        subscriptions.forEach(this::add);
    }

    /**
     * Who asks for the subscriptions where it has any role (R30): the directory it signed in
     * through, its identity (the classic administrators are identities) and the principals its
     * role assignments may name there: its own object and every group it belongs to, directly or
     * through nested groups (empty when it has no object in the directory).
     */
    record RoleHolder(DirectoryId directory, Identity identity, Set<ObjectId> principals) {
        public RoleHolder {
            principals = Set.copyOf(principals);
        }
    }

    /** A subscription where the holder has a role, and whether it is a classic administrator there. */
    record WithRole(Subscription subscription, boolean classicAdministrator) {}

    /**
     * A page of the subscriptions of the holder's directory, not deleted, where it has any role,
     * exactly as {@code SubscriptionAccess.hasAnyRole} decides: service administrator (not having
     * lost access) or co-administrator, or a role assignment of that directory to one of its
     * principals at any scope of the subscription or at the directory's root scope, naming a
     * built-in role or a custom role of the subscription. By display name whatever its case, then
     * by id. A {@code search} that is not blank keeps those whose display name or id contains it,
     * whatever its case. Read and paged in the database.
     */
    List<WithRole> withAnyRole(RoleHolder holder, String search, int offset, int limit);

    /** How many subscriptions {@link #withAnyRole} pages through. */
    int countWithAnyRole(RoleHolder holder, String search);
}
