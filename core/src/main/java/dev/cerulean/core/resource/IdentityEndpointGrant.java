package dev.cerulean.core.resource;

import dev.cerulean.core.common.ObjectId;
import java.time.Instant;
import java.util.List;

/**
 * What a hosting environment may ask the managed-identity token endpoint for: the identities
 * (by principal id; the first is the one served when the request names none) that the holder of
 * a secret — the environment's {@code IDENTITY_HEADER} — gets tokens for. Only the secret's
 * SHA-256 is kept.
 */
public record IdentityEndpointGrant(String secretHash, List<ObjectId> principals, Instant createdAt) {
    public IdentityEndpointGrant {
        principals = List.copyOf(principals);
        if (principals.isEmpty()) throw new IllegalArgumentException("a grant names at least one identity");
    }
}
