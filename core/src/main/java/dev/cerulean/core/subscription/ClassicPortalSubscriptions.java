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

    public ClassicPortalSubscriptions(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** One page of the list and how many subscriptions there are in all (for the search given). */
    public record Page(List<Subscription> subscriptions, int total) {}

    /**
     * A page of the list, by display name, read in the store; a search that is not blank keeps
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
