package dev.cerulean.core.fakes;

import dev.cerulean.core.resource.IdentityEndpointGrant;
import dev.cerulean.core.resource.IdentityEndpointGrants;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryIdentityEndpointGrants implements IdentityEndpointGrants {
    private final Map<String, IdentityEndpointGrant> all = new ConcurrentHashMap<>();

    @Override
    public void add(IdentityEndpointGrant grant) {
        if (all.putIfAbsent(grant.secretHash(), grant) != null) throw new IllegalStateException("duplicate grant");
    }

    @Override
    public Optional<IdentityEndpointGrant> bySecretHash(String secretHash) {
        return Optional.ofNullable(all.get(secretHash));
    }
}
