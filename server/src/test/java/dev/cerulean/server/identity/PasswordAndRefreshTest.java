package dev.cerulean.server.identity;

import static dev.cerulean.server.identity.IdentityServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.token.TokenHash;
import dev.cerulean.server.testing.TestReply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordAndRefreshTest {
    static final String CLI = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    private static final String ARM = "https://management.core.windows.net//.default";
    private final IdentityServer s = new IdentityServer();

    @AfterEach
    void stop() {
        s.close();
    }

    private TestReply password(String tenant, String user, String password) throws Exception {
        return s.post(
                "/" + tenant + "/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "password",
                        "client_id",
                        CLI,
                        "username",
                        user,
                        "password",
                        password,
                        "scope",
                        ARM + " openid profile offline_access",
                        "client_info",
                        "1"));
    }

    private TestReply refresh(String token, String scope) throws Exception {
        return s.post(
                "/organizations/oauth2/v2.0/token",
                scope == null
                        ? form("grant_type", "refresh_token", "client_id", CLI, "refresh_token", token)
                        : form(
                                "grant_type",
                                "refresh_token",
                                "client_id",
                                CLI,
                                "refresh_token",
                                token,
                                "scope",
                                scope));
    }

    @Test
    void aWorkAccountGetsAnArmTokenAnIdTokenClientInfoAndARefreshToken() throws Exception {
        var reply = password("contoso.onmicrosoft.com", "kelley.wall@contoso.onmicrosoft.com", Worlds.PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        JWTClaimsSet access = reply.claims("access_token");
        assertThat(access.getAudience()).containsExactly("https://management.core.windows.net/");
        assertThat(access.getIssuer()).isEqualTo(s.base + "/" + Worlds.CONTOSO + "/");
        assertThat(access.getStringClaim("upn")).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
        assertThat(access.getStringClaim("unique_name")).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
        assertThat(access.getStringClaim("name")).isEqualTo("Kelley Wall");
        assertThat(access.getStringClaim("oid")).isEqualTo(Worlds.KELLEY_CONTOSO.toString());
        assertThat(access.getStringClaim("scp")).isEqualTo("user_impersonation");
        assertThat(access.getStringClaim("appid")).isEqualTo(CLI);
        assertThat(access.getStringListClaim("wids"))
                .containsExactly(DirectoryRole.GlobalAdministrator.templateId().toString());
        assertThat(access.getClaim("idp")).isNull();
        JWTClaimsSet id = reply.claims("id_token");
        assertThat(reply.json().path("id_token").asText()).isNotEmpty();
        assertThat(id.toJSONObject().get("aud")).isEqualTo(CLI);
        assertThat(id.getIssuer()).isEqualTo(s.base + "/" + Worlds.CONTOSO + "/v2.0");
        assertThat(id.getStringClaim("preferred_username")).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
        String clientInfo = new String(
                Base64.getUrlDecoder().decode(reply.json().path("client_info").asText()), StandardCharsets.UTF_8);
        assertThat(clientInfo)
                .isEqualTo("{\"uid\":\"" + Worlds.KELLEY_CONTOSO + "\",\"utid\":\"" + Worlds.CONTOSO + "\"}");
        String refresh = reply.json().path("refresh_token").asText();
        assertThat(refresh).isNotEmpty();
        assertThat(s.ports.refreshTokens().byHash(TokenHash.of(refresh))).isPresent();
        assertThat(s.ports.refreshTokens().byHash(refresh)).isEmpty();
    }

    @Test
    void aMicrosoftAccountIsRefusedThePasswordGrantAsInAzureEvenWithItsRightPassword() throws Exception {
        var member = password("organizations", "alex.ops@outlook.com", Worlds.PASSWORD);
        var owner = password(Worlds.DEFAULT_DIRECTORY.toString(), "kelley.wall@outlook.com", Worlds.PASSWORD);

        for (var reply : java.util.List.of(member, owner)) {
            assertThat(reply.error()).isEqualTo("invalid_grant");
            assertThat(reply.json().path("error_codes").get(0).asInt()).isEqualTo(50126);
            assertThat(reply.json().path("access_token").isMissingNode()).isTrue();
        }
    }

    @Test
    void aWrongPasswordIsInvalidGrant() throws Exception {
        var reply = password("contoso.onmicrosoft.com", "kelley.wall@contoso.onmicrosoft.com", "wrong");
        var nobody = password("contoso.onmicrosoft.com", "nobody@contoso.onmicrosoft.com", "wrong");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_grant");
        assertThat(reply.json().path("error_codes").get(0).asInt()).isEqualTo(50126);
        assertThat(nobody.json().path("error_codes")).isEqualTo(reply.json().path("error_codes"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountOut() throws Exception {
        for (int i = 0; i < 10; i++) {
            password("contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com", "wrong-" + i);
            s.clock.advance(Duration.ofSeconds(40));
        }
        var locked = password("contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD);

        assertThat(locked.error()).isEqualTo("invalid_grant");
        assertThat(locked.json().path("error_codes").get(0).asInt()).isEqualTo(50053);
    }

    private void disable(dev.cerulean.core.common.ObjectId user) {
        var u = s.ports.directoryUsers().byId(Worlds.CONTOSO, user).orElseThrow();
        s.ports.directoryUsers().update(u.with(u.mailNickname(), false));
    }

    @Test
    void aDisabledUserIsToldSoOnlyWithTheRightPassword() throws Exception {
        disable(Worlds.MEGAN_BOWEN);

        var right = password("contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD);
        var wrong = password("contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com", "wrong");

        assertThat(right.status()).isEqualTo(400);
        assertThat(right.error()).isEqualTo("invalid_grant");
        assertThat(right.json().path("error_codes").get(0).asInt()).isEqualTo(50057);
        assertThat(right.json().path("error_description").asText())
                .startsWith("AADSTS50057: The user account is disabled.");
        assertThat(right.json().has("access_token")).isFalse();
        assertThat(wrong.json().path("error_codes").get(0).asInt()).isEqualTo(50126);
    }

    @Test
    void aPersonWhoseUserIsDisabledInTheNamedTenantIsToldSoThere() throws Exception {
        var megan = s.ports
                .directoryUsers()
                .byId(Worlds.CONTOSO, Worlds.MEGAN_BOWEN)
                .orElseThrow();
        var guest = new dev.cerulean.core.directory.DirectoryUser(
                dev.cerulean.core.common.ObjectId.of("0e000000-0000-4000-8000-0000000000aa"),
                Worlds.DEFAULT_DIRECTORY,
                megan.displayName(),
                "megan.bowen_contoso.onmicrosoft.com#EXT#@kelleywalloutlook.onmicrosoft.com",
                megan.mail(),
                dev.cerulean.core.directory.DirectoryUser.UserType.Guest,
                dev.cerulean.core.directory.DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT,
                megan.person(),
                dev.cerulean.core.directory.DirectoryUser.InvitationState.Accepted,
                null,
                null,
                false);
        s.ports.directoryUsers().add(guest);

        var there =
                password(Worlds.DEFAULT_DIRECTORY.toString(), "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD);
        var home = password("contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD);
        s.ports.directoryUsers().remove(Worlds.DEFAULT_DIRECTORY, guest.id());
        var nowhere =
                password(Worlds.DEFAULT_DIRECTORY.toString(), "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD);

        assertThat(there.json().path("error_codes").get(0).asInt()).isEqualTo(50057);
        assertThat(home.status()).isEqualTo(200);
        assertThat(nowhere.json().path("error_codes").get(0).asInt()).isEqualTo(50020);
    }

    @Test
    void aRefreshTokenOfAUserDisabledAfterwardsIsRefused() throws Exception {
        String token = password("contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD)
                .json()
                .path("refresh_token")
                .asText();
        disable(Worlds.MEGAN_BOWEN);

        var reply = refresh(token, null);

        assertThat(reply.error()).isEqualTo("invalid_grant");
        assertThat(reply.json().path("error_codes").get(0).asInt()).isEqualTo(50057);
    }

    @Test
    void thePasswordGrantIsNotOfferedOnCommonOrConsumers() throws Exception {
        assertThat(password("common", "kelley.wall@contoso.onmicrosoft.com", Worlds.PASSWORD)
                        .error())
                .isEqualTo("invalid_request");
        assertThat(password("consumers", "alex.ops@outlook.com", Worlds.PASSWORD)
                        .error())
                .isEqualTo("invalid_request");
    }

    @Test
    void aPersonOutsideTheNamedTenantIsRefused() throws Exception {
        var reply =
                password(Worlds.DEFAULT_DIRECTORY.toString(), "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD);

        assertThat(reply.error()).isEqualTo("invalid_grant");
        assertThat(reply.json().path("error_codes").get(0).asInt()).isEqualTo(50020);
    }

    @Test
    void anUnknownClientIsRefused() throws Exception {
        var reply = s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "password",
                        "client_id",
                        "99999999-9999-4999-8999-999999999999",
                        "username",
                        "megan.bowen@contoso.onmicrosoft.com",
                        "password",
                        Worlds.PASSWORD,
                        "scope",
                        ARM));

        assertThat(reply.error()).isEqualTo("unauthorized_client");
    }

    @Test
    void aRefreshTokenRotatesOnUseAndPresentingItAgainRevokesEveryTokenRotatedFromIt() throws Exception {
        String first = password("contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD)
                .json()
                .path("refresh_token")
                .asText();

        var rotated = refresh(first, "https://graph.microsoft.com/.default openid offline_access");
        var again = refresh(first, null);

        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.json().path("refresh_token").asText();
        assertThat(second).isNotEmpty().isNotEqualTo(first);
        assertThat(rotated.claims("access_token").getAudience()).containsExactly("https://graph.microsoft.com");
        assertThat(rotated.claims("access_token").getStringClaim("oid")).isEqualTo(Worlds.MEGAN_BOWEN.toString());
        assertThat(s.ports
                        .refreshTokens()
                        .byHash(TokenHash.of(first))
                        .orElseThrow()
                        .revokedAt())
                .isNotNull();
        assertThat(again.error()).isEqualTo("invalid_grant");
        assertThat(again.json().path("error_codes").get(0).asInt()).isEqualTo(70008);
        var afterReuse = refresh(second, null);
        assertThat(afterReuse.error())
                .as("the rotated token is revoked with its family")
                .isEqualTo("invalid_grant");
        assertThat(afterReuse.json().path("error_codes").get(0).asInt()).isEqualTo(70008);
    }

    @Test
    void anotherSignInStartsAFamilyOfItsOwn() throws Exception {
        String a = password("contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD)
                .json()
                .path("refresh_token")
                .asText();
        String b = password("contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD)
                .json()
                .path("refresh_token")
                .asText();
        refresh(a, null);
        refresh(a, null);

        assertThat(refresh(b, null).status()).as("not of a's family").isEqualTo(200);
    }

    @Test
    void aRefreshTokenOfAnotherClientAnExpiredOneAndGarbageAreRefused() throws Exception {
        String token = password("contoso.onmicrosoft.com", "lee.gu@contoso.onmicrosoft.com", Worlds.PASSWORD)
                .json()
                .path("refresh_token")
                .asText();

        var otherClient = s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "refresh_token",
                        "client_id",
                        "1950a258-227b-4e31-a9cf-717495945fc2",
                        "refresh_token",
                        token));
        var garbage = refresh("garbage", null);
        s.clock.advance(Duration.ofDays(91));
        var expired = refresh(token, null);

        assertThat(otherClient.error()).isEqualTo("invalid_grant");
        assertThat(garbage.error()).isEqualTo("invalid_grant");
        assertThat(expired.error()).isEqualTo("invalid_grant");
        assertThat(expired.json().path("error_codes").get(0).asInt()).isEqualTo(700082);
    }
}
