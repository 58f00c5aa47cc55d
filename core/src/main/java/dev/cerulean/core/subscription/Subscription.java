package dev.cerulean.core.subscription;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;

/**
 * A subscription: it trusts exactly one directory. {@code version} grows with every change of
 * the subscription or of what belongs to it (administrators, role assignments, custom roles,
 * resources), so that a directory-change preview can tell when it has gone stale.
 * {@code serviceAdministratorLostAccess} flags a work-account service administrator of a
 * directory the subscription has left (R13).
 */
public record Subscription(
        SubscriptionId id,
        String displayName,
        Offer offer,
        SubscriptionState state,
        DirectoryId directory,
        ClassicAdministrator accountAdministrator,
        ClassicAdministrator serviceAdministrator,
        boolean serviceAdministratorLostAccess,
        long version) {

    /** How the portals order the subscriptions they list: by display name, then id. */
    public static final java.util.Comparator<Subscription> BY_DISPLAY_NAME = java.util.Comparator.comparing(
                    (Subscription s) -> s.displayName().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(s -> s.id().toString());

    public enum SubscriptionState {
        Enabled,
        Warned,
        Disabled,
        Deleted
    }

    public Subscription withDirectory(DirectoryId target, boolean lostAccess) {
        return new Subscription(
                id, displayName, offer, state, target, accountAdministrator, serviceAdministrator, lostAccess, version);
    }

    public Subscription withVersion(long newVersion) {
        return new Subscription(
                id,
                displayName,
                offer,
                state,
                directory,
                accountAdministrator,
                serviceAdministrator,
                serviceAdministratorLostAccess,
                newVersion);
    }

    public Subscription withServiceAdministrator(ClassicAdministrator admin) {
        return new Subscription(id, displayName, offer, state, directory, accountAdministrator, admin, false, version);
    }
}
