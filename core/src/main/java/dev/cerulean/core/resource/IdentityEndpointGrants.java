package dev.cerulean.core.resource;

import java.util.Optional;

/** Port: the managed-identity token endpoint's grants, by the hash of their secret. */
public interface IdentityEndpointGrants {
    void add(IdentityEndpointGrant grant);

    Optional<IdentityEndpointGrant> bySecretHash(String secretHash);
}
