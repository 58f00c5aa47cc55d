package dev.cerulean.store.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.contract.ContractData;
import dev.cerulean.core.token.SigningKey;
import dev.cerulean.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private signing keys are sealed with a key-encryption key held outside the database. */
class KeyEncryptionTest {
    private final KeyEncryption kek = KeyEncryption.of(KeyEncryption.newKey());
    private static final String JWK = "{\"kty\":\"RSA\",\"d\":\"secret-exponent\"}";

    @Test
    void aSealedValueOpensWithItsKeyAndKeyIdOnly() {
        String sealed = kek.seal("kid-1", JWK);

        assertThat(sealed).startsWith(KeyEncryption.PREFIX).doesNotContain("secret-exponent");
        assertThat(kek.open("kid-1", sealed)).isEqualTo(JWK);
        assertThat(kek.seal("kid-1", JWK)).as("a new nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> kek.open("kid-2", sealed))
                .as("moved to another row")
                .isInstanceOf(KeyEncryption.WrongKey.class);
        assertThatThrownBy(() -> KeyEncryption.of(KeyEncryption.newKey()).open("kid-1", sealed))
                .isInstanceOf(KeyEncryption.WrongKey.class);
        assertThatThrownBy(() -> KeyEncryption.none().open("kid-1", sealed)).isInstanceOf(KeyEncryption.WrongKey.class);
        assertThat(kek.open("kid-1", JWK))
                .as("a value stored before sealing existed")
                .isEqualTo(JWK);
    }

    @Test
    void theStoreSealsKeysWrittenInPlainBeforeAndReadsThemBack(@TempDir Path dir) {
        try (Database db = Database.open(Database.h2FileUrl(dir), null, null)) {
            var plain = db.ports(ContractData.clock(), IdGenerator.random());
            var key = new SigningKey(
                    "kid-1",
                    ContractData.directoryId(),
                    "{\"kty\":\"RSA\"}",
                    JWK,
                    Instant.parse("2024-01-01T00:00:00Z"),
                    Instant.parse("2030-01-01T00:00:00Z"),
                    null);
            plain.signingKeys().add(key);

            assertThat(db.sealSigningKeys(kek)).isEqualTo(1);
            assertThat(db.sealSigningKeys(kek)).as("once").isZero();

            var sealedPorts = db.ports(ContractData.clock(), IdGenerator.random(), kek);
            assertThat(sealedPorts.signingKeys().byKeyId("kid-1")).contains(key);
            assertThatThrownBy(() -> plain.signingKeys().byKeyId("kid-1"))
                    .as("stored sealed: no key, no key")
                    .isInstanceOf(KeyEncryption.WrongKey.class);
            assertThatThrownBy(() -> db.sealSigningKeys(KeyEncryption.of(KeyEncryption.newKey())))
                    .isInstanceOf(KeyEncryption.WrongKey.class);
        }
    }
}
