package dev.cerulean.core.subscription;

import java.util.Comparator;
import java.util.Locale;

/** How the portals order the subscriptions they list: by display name, then id. */
final class VisibleSubscriptions {
    private VisibleSubscriptions() {}

    static final Comparator<Subscription> ORDER = Comparator
            .comparing((Subscription s) -> s.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(s -> s.id().toString());
}
