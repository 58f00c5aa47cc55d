package dev.cerulean.core.subscription;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;

/** Reads of subscriptions that adapters need to show or route (names, directories, who administers them). */
public final class ReadSubscriptions {
    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;

    public ReadSubscriptions(
            Transactions transactions, Subscriptions subscriptions, CoAdministrators coAdministrators) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
    }

    public Optional<Subscription> byId(SubscriptionId id) {
        return transactions.inTransaction(() -> subscriptions.byId(id));
    }

    /** The subscription's display name, or its id when it is unknown. */
    public String nameOf(SubscriptionId id) {
        return byId(id).map(Subscription::displayName).orElse(id.toString());
    }

    /** The co-administrators of each subscription, in one read (a list page's rows). */
    public java.util.Map<SubscriptionId, List<CoAdministrator>> coAdministratorsOf(
            java.util.Collection<SubscriptionId> ids) {
        return transactions.inTransaction(() -> coAdministrators.ofAll(ids));
    }

    /** One page of {@link #administeredBy} and how many there are in all (for the search given). */
    public record Page(List<Subscription> subscriptions, int total) {}

    /**
     * R15: a page of the subscriptions whose service administrator {@code person} may change, because
     * it is their account administrator (deleted ones are not listed), by display name, read in the
     * store: a search that is not blank keeps
     * those whose name or id contains it. An offset below zero reads from the start, a limit below
     * one reads one.
     */
    public Page administeredBy(Identity person, String search, int offset, int limit) {
        String needle = search == null ? "" : search.strip();
        int from = Math.max(0, offset), size = Math.max(1, limit);
        return transactions.inTransaction(() -> new Page(
                subscriptions.withAccountAdministrator(person, needle, from, size),
                subscriptions.countWithAccountAdministrator(person, needle)));
    }
}
