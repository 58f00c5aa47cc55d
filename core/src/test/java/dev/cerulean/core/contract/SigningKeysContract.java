package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.token.SigningKey;
import org.junit.jupiter.api.Test;

public abstract class SigningKeysContract extends PortContract {
    private static final DirectoryId CONTOSO = new DirectoryId(ContractData.uuid());
    private static final DirectoryId FABRIKAM = new DirectoryId(ContractData.uuid());

    private static SigningKey key(String id, DirectoryId directory, int createdMinute, int notAfterMinute) {
        return new SigningKey(
                id,
                directory,
                "{\"kty\":\"RSA\",\"kid\":\"" + id + "\"}",
                "{\"kty\":\"RSA\",\"kid\":\"" + id + "\",\"d\":\"" + "x".repeat(1700) + "\"}",
                at(createdMinute),
                at(notAfterMinute),
                null);
    }

    @Test
    void keysReadBackPerDirectoryOldestFirst() {
        SigningKey newer = key("k2", CONTOSO, 10, 1000);
        SigningKey older = key("k1", CONTOSO, 0, 1000);
        SigningKey other = key("k3", FABRIKAM, 5, 1000);
        ports.signingKeys().add(newer);
        ports.signingKeys().add(older);
        ports.signingKeys().add(other);

        assertThat(ports.signingKeys().ofDirectory(CONTOSO)).containsExactly(older, newer);
        assertThat(ports.signingKeys().all()).containsExactly(older, other, newer);
        assertThat(ports.signingKeys().byKeyId("k3")).contains(other);
        assertThat(ports.signingKeys().byKeyId("nope")).isEmpty();
    }

    @Test
    void retiringKeepsTheKeyButStopsItSigningAndSecondRetirementChangesNothing() {
        ports.signingKeys().add(key("k1", CONTOSO, 0, 1000));

        ports.signingKeys().retire("k1", at(30));
        ports.signingKeys().retire("k1", at(60));

        SigningKey retired = ports.signingKeys().byKeyId("k1").orElseThrow();
        assertThat(retired.retiredAt()).isEqualTo(at(30));
        assertThat(retired.signsAt(at(31))).isFalse();
        assertThat(retired.signsAt(at(29))).isTrue();
    }

    @Test
    void removeStoppedBeforeRemovesOnlyKeysThatStoppedSigningEarlier() {
        ports.signingKeys().add(key("expired", CONTOSO, 0, 10));
        ports.signingKeys().add(key("retired", CONTOSO, 0, 1000));
        ports.signingKeys().add(key("live", CONTOSO, 0, 1000));
        ports.signingKeys().retire("retired", at(20));

        assertThat(ports.signingKeys().removeStoppedBefore(at(30))).isEqualTo(2);
        assertThat(ports.signingKeys().ofDirectory(CONTOSO))
                .extracting(SigningKey::keyId)
                .containsExactly("live");
    }
}
