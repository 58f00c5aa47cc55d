package dev.cerulean.store.resource;

import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.lines;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.resource.IdentityEndpointGrant;
import dev.cerulean.core.resource.IdentityEndpointGrants;
import dev.cerulean.store.JdbiTransactions;
import java.util.Optional;

/** The token endpoint's grants: the secret's hash, the principal ids one a line. */
public final class JdbiIdentityEndpointGrants implements IdentityEndpointGrants {
    private final JdbiTransactions db;

    public JdbiIdentityEndpointGrants(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(IdentityEndpointGrant grant) {
        db.useHandle(h -> h.createUpdate("INSERT INTO identity_endpoint_grants (secret_hash, principals, created_at) "
                        + "VALUES (:hash, :principals, :at)")
                .bind("hash", grant.secretHash())
                .bind(
                        "principals",
                        lines(grant.principals().stream()
                                .map(ObjectId::toString)
                                .toList()))
                .bind("at", grant.createdAt())
                .execute());
    }

    @Override
    public Optional<IdentityEndpointGrant> bySecretHash(String secretHash) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT secret_hash, principals, created_at FROM identity_endpoint_grants WHERE secret_hash = :hash")
                .bind("hash", secretHash)
                .map((rs, ctx) -> new IdentityEndpointGrant(
                        rs.getString("secret_hash"),
                        lines(rs, "principals").stream().map(ObjectId::of).toList(),
                        instant(rs, "created_at")))
                .findOne());
    }
}
