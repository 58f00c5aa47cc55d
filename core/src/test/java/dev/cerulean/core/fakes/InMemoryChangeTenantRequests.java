package dev.cerulean.core.fakes;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.ChangeTenantRequest;
import dev.cerulean.core.move.ChangeTenantRequests;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryChangeTenantRequests implements ChangeTenantRequests {
    private final Map<SubscriptionId, ChangeTenantRequest> bySubscription = new ConcurrentHashMap<>();

    @Override
    public void save(ChangeTenantRequest request) {
        bySubscription.put(request.subscription(), request);
    }

    @Override
    public Optional<ChangeTenantRequest> of(SubscriptionId subscription) {
        return Optional.ofNullable(bySubscription.get(subscription));
    }
}
