package dev.cerulean.e2e.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.RefreshTokenParameters;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import com.nimbusds.jwt.SignedJWT;
import dev.cerulean.core.world.DemoWorld;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real MSAL4J against a running Cerulean: client credentials, username/password, refresh, and refusals. */
class MsalClientCredentialsAndPasswordIT {
    @TempDir
    static Path data;

    static RunningCerulean cerulean;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data);
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    private static ConfidentialClientApplication confidential(String clientId, String secret, String tenant)
            throws Exception {
        return ConfidentialClientApplication.builder(clientId, ClientCredentialFactory.createFromSecret(secret))
                .authority(cerulean.authority(tenant))
                .instanceDiscovery(false)
                .sslSocketFactory(cerulean.ssl.getSocketFactory())
                .build();
    }

    private static PublicClientApplication cli(String tenant) throws Exception {
        return PublicClientApplication.builder(RunningCerulean.CLI_CLIENT)
                .authority(cerulean.authority(tenant))
                .instanceDiscovery(false)
                .sslSocketFactory(cerulean.ssl.getSocketFactory())
                .build();
    }

    private static MsalServiceException refusal(ThrowingCall call) {
        try {
            call.run();
            throw new AssertionError("not refused");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(MsalServiceException.class);
            return (MsalServiceException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void clientCredentialsGiveTheAppAnArmToken() throws Exception {
        IAuthenticationResult result = confidential(
                        DemoWorld.DEMO_AUTOMATION_CLIENT.toString(),
                        DemoWorld.DEMO_AUTOMATION_SECRET,
                        DemoWorld.DEFAULT_DIRECTORY.toString())
                .acquireToken(ClientCredentialParameters.builder(Set.of(RunningCerulean.ARM_SCOPE))
                        .build())
                .get();

        var claims = SignedJWT.parse(result.accessToken()).getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly("https://management.core.windows.net/");
        assertThat(claims.getStringClaim("appid")).isEqualTo(DemoWorld.DEMO_AUTOMATION_CLIENT.toString());
        assertThat(claims.getStringClaim("oid")).isEqualTo(DemoWorld.DEMO_AUTOMATION_SP.toString());
        var verified = cerulean.server
                .identity()
                .verifier()
                .verifyArm(result.accessToken(), cerulean.authorityHost, DemoWorld.DEFAULT_DIRECTORY);
        assertThat(verified.app()).isTrue();
    }

    @Test
    void aWrongSecretIsInvalidClient() {
        MsalServiceException e = refusal(() -> confidential(
                        DemoWorld.DEMO_AUTOMATION_CLIENT.toString(), "wrong", DemoWorld.DEFAULT_DIRECTORY.toString())
                .acquireToken(ClientCredentialParameters.builder(Set.of(RunningCerulean.ARM_SCOPE))
                        .build())
                .get());

        assertThat(e.errorCode()).isEqualTo("invalid_client");
        assertThat(e.statusCode()).isEqualTo(401);
    }

    @Test
    void usernameAndPasswordSignAWorkAccountInAndItsRefreshTokenIsRotated() throws Exception {
        PublicClientApplication app = cli("contoso.onmicrosoft.com");
        IAuthenticationResult first = app.acquireToken(UserNamePasswordParameters.builder(
                                Set.of(RunningCerulean.ARM_SCOPE),
                                "kelley.wall@contoso.onmicrosoft.com",
                                DemoWorld.PASSWORD.toCharArray())
                        .build())
                .get();

        assertThat(first.account()).isNotNull();
        assertThat(first.account().username()).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
        assertThat(first.account().homeAccountId()).isEqualTo(DemoWorld.KELLEY_CONTOSO + "." + DemoWorld.CONTOSO);
        var claims = SignedJWT.parse(first.accessToken()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("upn")).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
        assertThat(claims.getStringClaim("scp")).isEqualTo("user_impersonation");

        // MSAL's silent refresh rewrites the authority to its cache "environment", which is the host without
        // the port when instance discovery is off (so it would call port 443): redeem the cached refresh token
        // explicitly instead, as MSAL's RefreshTokenParameters do
        String refreshToken = cachedRefreshToken(app);
        IAuthenticationResult refreshed = app.acquireToken(
                        RefreshTokenParameters.builder(Set.of("https://graph.microsoft.com/.default"), refreshToken)
                                .build())
                .get();
        assertThat(SignedJWT.parse(refreshed.accessToken()).getJWTClaimsSet().getAudience())
                .containsExactly("https://graph.microsoft.com");
        assertThat(SignedJWT.parse(refreshed.accessToken()).getJWTClaimsSet().getStringClaim("oid"))
                .isEqualTo(DemoWorld.KELLEY_CONTOSO.toString());
        assertThat(cachedRefreshToken(app)).isNotEqualTo(refreshToken);
        MsalServiceException reused = refusal(() -> app.acquireToken(
                        RefreshTokenParameters.builder(Set.of(RunningCerulean.ARM_SCOPE), refreshToken)
                                .build())
                .get());
        assertThat(reused.errorCode()).isEqualTo("invalid_grant");
    }

    private static String cachedRefreshToken(PublicClientApplication app) throws Exception {
        var cache = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(app.tokenCache().serialize());
        var tokens = cache.path("RefreshToken");
        assertThat(tokens.size()).isEqualTo(1);
        return tokens.elements().next().path("secret").asText();
    }

    @Test
    void aWrongPasswordIsInvalidGrant() {
        MsalServiceException e = refusal(() -> cli("contoso.onmicrosoft.com")
                .acquireToken(UserNamePasswordParameters.builder(
                                Set.of(RunningCerulean.ARM_SCOPE),
                                "lee.gu@contoso.onmicrosoft.com",
                                "nope".toCharArray())
                        .build())
                .get());

        assertThat(e.errorCode()).isEqualTo("invalid_grant");
    }
}
