package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.token.RefreshToken;
import dev.cerulean.core.token.TokenHash;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class RefreshTokensContract extends PortContract {
    private static final DirectoryId CONTOSO = new DirectoryId(ContractData.uuid());
    private static final ObjectId MEGAN = new ObjectId(ContractData.uuid());
    private static final Caller CALLER = new Caller(
            new Identity.Work(CONTOSO, MEGAN), CONTOSO, MEGAN, Email.of("megan.bowen@contoso.onmicrosoft.com"));
    private static final UUID CLIENT = ContractData.uuid();

    private static RefreshToken token(String value, int expiresMinute) {
        return new RefreshToken(
                TokenHash.of(value),
                CALLER,
                CLIENT,
                List.of("https://management.azure.com/.default", "openid"),
                at(0),
                at(expiresMinute),
                null);
    }

    @Test
    void aTokenReadsBackByItsHashOnly() {
        RefreshToken t = token("secret-value", 90);
        ports.refreshTokens().add(t);

        assertThat(ports.refreshTokens().byHash(TokenHash.of("secret-value"))).contains(t);
        assertThat(ports.refreshTokens().byHash("secret-value")).isEmpty();
    }

    @Test
    void revokingSucceedsOnceOnly() {
        ports.refreshTokens().add(token("v", 90));

        assertThat(ports.refreshTokens().revoke(TokenHash.of("v"), at(5))).isTrue();
        assertThat(ports.refreshTokens().revoke(TokenHash.of("v"), at(6))).isFalse();
        assertThat(ports.refreshTokens().revoke(TokenHash.of("unknown"), at(6))).isFalse();
        RefreshToken revoked = ports.refreshTokens().byHash(TokenHash.of("v")).orElseThrow();
        assertThat(revoked.revokedAt()).isEqualTo(at(5));
        assertThat(revoked.liveAt(at(7))).isFalse();
    }

    @Test
    void aFamilyIsRevokedTogetherAndOthersAreNot() {
        RefreshToken first = token("first", 90);
        RefreshToken rotated = new RefreshToken(
                TokenHash.of("rotated"), CALLER, CLIENT, first.scopes(), at(1), at(90), null, first.family());
        ports.refreshTokens().add(first);
        ports.refreshTokens().add(rotated);
        ports.refreshTokens().add(token("other", 90));
        ports.refreshTokens().revoke(first.hash(), at(1));

        assertThat(ports.refreshTokens().revokeFamily(first.family(), at(2)))
                .as("only the one still live")
                .isEqualTo(1);
        assertThat(ports.refreshTokens().byHash(rotated.hash()).orElseThrow().revokedAt())
                .isEqualTo(at(2));
        assertThat(ports.refreshTokens().byHash(rotated.hash()).orElseThrow().family())
                .isEqualTo(first.hash());
        assertThat(ports.refreshTokens()
                        .byHash(TokenHash.of("other"))
                        .orElseThrow()
                        .revokedAt())
                .isNull();
    }

    @Test
    void removeExpiredRemovesOnlyExpiredTokens() {
        ports.refreshTokens().add(token("old", 10));
        ports.refreshTokens().add(token("new", 100));

        assertThat(ports.refreshTokens().removeExpired(at(10))).isEqualTo(1);
        assertThat(ports.refreshTokens().byHash(TokenHash.of("old"))).isEmpty();
        assertThat(ports.refreshTokens().byHash(TokenHash.of("new"))).isPresent();
    }
}
