package dev.cerulean.core.subscription;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import java.util.List;

/**
 * The classic portal's SETTINGS list (R30): the subscriptions of the directory the caller signed
 * in through where it is the service administrator or a co-administrator. RBAC roles do not
 * count here; deleted subscriptions are not listed.
 */
public final class ClassicPortalSubscriptions {
    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;

    public ClassicPortalSubscriptions(Subscriptions subscriptions, CoAdministrators coAdministrators) {
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
    }

    public Outcome<List<Subscription>> list(Caller caller) {
        if (caller.directory() == null) return Outcome.ok(List.of());
        // two queries whatever the number of subscriptions: the directory's, and where the caller is co-administrator
        java.util.Set<dev.cerulean.core.common.SubscriptionId> coAdministered =
                java.util.Set.copyOf(coAdministrators.subscriptionsOf(caller.identity()));
        List<Subscription> visible = subscriptions.inDirectory(caller.directory()).stream()
                .filter(s -> s.state() != Subscription.SubscriptionState.Deleted)
                .filter(s -> ClassicAdministration.isServiceAdministrator(s, caller.identity())
                        || coAdministered.contains(s.id()))
                .sorted(Subscription.BY_DISPLAY_NAME)
                .toList();
        return Outcome.ok(visible);
    }

    /** One page of {@link #list} and how many subscriptions there are in all (for the search given). */
    public record Page(List<Subscription> subscriptions, int total) {}

    /**
     * A page of {@link #list}'s subscriptions, read in the store; a search that is not blank keeps
     * those whose name or id contains it. An offset below zero reads from the start, a limit below
     * one reads one.
     */
    public Outcome<Page> page(Caller caller, String search, int offset, int limit) {
        if (caller.directory() == null) return Outcome.ok(new Page(List.of(), 0));
        String needle = search == null ? "" : search.strip();
        return Outcome.ok(new Page(
                subscriptions.administeredIn(
                        caller.directory(), caller.identity(), needle, Math.max(0, offset), Math.max(1, limit)),
                subscriptions.countAdministeredIn(caller.directory(), caller.identity(), needle)));
    }
}
