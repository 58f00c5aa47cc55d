package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.token.AuthorizationCode;
import dev.cerulean.core.token.TokenHash;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class AuthorizationCodesContract extends PortContract {
    private static final Caller NEWCOMER = new Caller(
            new Identity.Personal(new MicrosoftAccountId(ContractData.uuid())),
            null,
            null,
            Email.of("alex.ops@outlook.com"));

    private static AuthorizationCode code(String value, int expiresMinute) {
        return new AuthorizationCode(
                TokenHash.of(value),
                NEWCOMER,
                ContractData.uuid(),
                "http://localhost:53117/",
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                "nonce-1",
                List.of("openid", "User.Read"),
                at(expiresMinute));
    }

    @Test
    void aCodeIsTakenOnce() {
        AuthorizationCode c = code("abc", 5);
        ports.authorizationCodes().add(c);

        assertThat(ports.authorizationCodes().take(TokenHash.of("abc"))).contains(c);
        assertThat(ports.authorizationCodes().take(TokenHash.of("abc"))).isEmpty();
    }

    @Test
    void codesWithoutChallengeOrNonceReadBack() {
        AuthorizationCode c = new AuthorizationCode(
                TokenHash.of("plain"),
                NEWCOMER,
                ContractData.uuid(),
                "http://localhost/",
                null,
                null,
                List.of(),
                at(5));
        ports.authorizationCodes().add(c);

        assertThat(ports.authorizationCodes().take(TokenHash.of("plain"))).contains(c);
    }

    @Test
    void removeExpiredRemovesOnlyExpiredCodes() {
        ports.authorizationCodes().add(code("old", 5));
        ports.authorizationCodes().add(code("new", 50));

        assertThat(ports.authorizationCodes().removeExpired(at(5))).isEqualTo(1);
        assertThat(ports.authorizationCodes().take(TokenHash.of("new"))).isPresent();
    }
}
