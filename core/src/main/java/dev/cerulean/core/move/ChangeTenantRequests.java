package dev.cerulean.core.move;

import dev.cerulean.core.common.SubscriptionId;
import java.util.Optional;

/** Port: the Microsoft.Subscription directory-change request of each subscription (at most one). */
public interface ChangeTenantRequests {
    /** Stores {@code request} as its subscription's request, replacing any earlier one. */
    void save(ChangeTenantRequest request);

    Optional<ChangeTenantRequest> of(SubscriptionId subscription);
}
