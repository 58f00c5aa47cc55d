package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.objectId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.resource.IdentityEndpointGrant;
import dev.cerulean.core.token.TokenHash;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class IdentityEndpointGrantsContract extends PortContract {

    @Test
    void aGrantIsFoundByItsSecretsHashWithItsIdentitiesInOrder() {
        var first = objectId();
        var second = objectId();
        IdentityEndpointGrant grant = new IdentityEndpointGrant(
                TokenHash.of("secret-1"), List.of(first, second), Instant.parse("2026-01-02T03:04:05Z"));
        ports.identityEndpointGrants().add(grant);

        assertThat(ports.identityEndpointGrants().bySecretHash(TokenHash.of("secret-1")))
                .contains(grant);
        assertThat(ports.identityEndpointGrants().bySecretHash(TokenHash.of("secret-2")))
                .isEmpty();
    }

    @Test
    void aSecretHashIsGrantedOnce() {
        ports.identityEndpointGrants()
                .add(new IdentityEndpointGrant(TokenHash.of("s"), List.of(objectId()), Instant.EPOCH));

        assertThatThrownBy(() -> ports.identityEndpointGrants()
                        .add(new IdentityEndpointGrant(TokenHash.of("s"), List.of(objectId()), Instant.EPOCH)))
                .isInstanceOf(RuntimeException.class);
    }
}
