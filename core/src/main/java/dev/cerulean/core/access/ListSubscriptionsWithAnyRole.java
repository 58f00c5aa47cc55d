package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.subscription.Subscriptions;
import dev.cerulean.core.subscription.Subscriptions.RoleHolder;
import dev.cerulean.core.subscription.Subscriptions.WithRole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R30 (Azure portal, ARM GET /subscriptions): the subscriptions of the caller's current
 * directory where it has any role, classic or RBAC at any scope of the subscription or above it;
 * deleted ones are not listed, and empty means "No subscriptions found". The same decision as
 * {@link SubscriptionAccess#hasAnyRole}, made by the store for one page at a time: the caller's
 * groups are read (one query per level of nesting), then the page, whatever the number of
 * subscriptions in the directory.
 */
public final class ListSubscriptionsWithAnyRole {
    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final Groups groups;

    public ListSubscriptionsWithAnyRole(Transactions transactions, Subscriptions subscriptions, Groups groups) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.groups = groups;
    }

    /** A page of the subscriptions, each with whether the caller is a classic administrator there, and whether more follow. */
    public record Page(List<WithRole> subscriptions, boolean more) {}

    /** A page of the subscriptions and how many there are in all (for the search given). */
    public record Counted(List<WithRole> subscriptions, int total) {}

    /**
     * The page from {@code offset}, at most {@code limit} long, by display name whatever its case,
     * then id. An offset below zero reads from the start, a limit below one reads one.
     */
    public Page page(Caller caller, int offset, int limit) {
        if (caller.directory() == null) return new Page(List.of(), false);
        int size = Math.max(1, limit);
        List<WithRole> read = transactions.inTransaction(
                () -> subscriptions.withAnyRole(holder(caller), "", Math.max(0, offset), size + 1));
        return read.size() > size ? new Page(read.subList(0, size), true) : new Page(read, false);
    }

    /**
     * As {@link #page}, keeping those whose display name or id contains {@code search} (when not
     * blank), with the number found in all.
     */
    public Counted counted(Caller caller, String search, int offset, int limit) {
        if (caller.directory() == null) return new Counted(List.of(), 0);
        String needle = search == null ? "" : search.strip();
        return transactions.inTransaction(() -> {
            RoleHolder holder = holder(caller);
            return new Counted(
                    subscriptions.withAnyRole(holder, needle, Math.max(0, offset), Math.max(1, limit)),
                    subscriptions.countWithAnyRole(holder, needle));
        });
    }

    /** The caller as the store's query needs it: its object there and every group that object belongs to. */
    private RoleHolder holder(Caller caller) {
        Set<ObjectId> principals = new HashSet<>();
        if (caller.principal() != null) {
            principals.add(caller.principal());
            principals.addAll(groups.transitiveGroupsOf(caller.directory(), caller.principal()));
        }
        return new RoleHolder(caller.directory(), caller.identity(), principals);
    }
}
