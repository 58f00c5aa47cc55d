package dev.cerulean.e2e.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.UsernamePasswordCredentialBuilder;
import com.nimbusds.jwt.SignedJWT;
import dev.cerulean.core.world.DemoWorld;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** azure-identity's credentials with {@code authorityHost} pointing at a running Cerulean. */
class AzureIdentityIT {
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

    private static TokenRequestContext arm() {
        return new TokenRequestContext().addScopes(RunningCerulean.ARM_SCOPE);
    }

    @Test
    void clientSecretCredentialGetsAnArmToken() throws Exception {
        var credential = new ClientSecretCredentialBuilder()
                .authorityHost(cerulean.authorityHost)
                .tenantId(DemoWorld.DEFAULT_DIRECTORY.toString())
                .clientId(DemoWorld.DEMO_AUTOMATION_CLIENT.toString())
                .clientSecret(DemoWorld.DEMO_AUTOMATION_SECRET)
                .disableInstanceDiscovery()
                .httpClient(cerulean.azureHttpClient())
                .build();

        AccessToken token = credential.getTokenSync(arm());

        assertThat(token.getExpiresAt()).isAfter(OffsetDateTime.now().plusMinutes(50));
        var claims = SignedJWT.parse(token.getToken()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("tid")).isEqualTo(DemoWorld.DEFAULT_DIRECTORY.toString());
        assertThat(claims.getStringClaim("appid")).isEqualTo(DemoWorld.DEMO_AUTOMATION_CLIENT.toString());
    }

    @Test
    void clientSecretCredentialWithAWrongSecretFails() throws Exception {
        var credential = new ClientSecretCredentialBuilder()
                .authorityHost(cerulean.authorityHost)
                .tenantId(DemoWorld.DEFAULT_DIRECTORY.toString())
                .clientId(DemoWorld.DEMO_AUTOMATION_CLIENT.toString())
                .clientSecret("not-the-secret")
                .disableInstanceDiscovery()
                .httpClient(cerulean.azureHttpClient())
                .build();

        assertThatThrownBy(() -> credential.getTokenSync(arm()))
                .rootCause()
                .isInstanceOf(com.microsoft.aad.msal4j.MsalServiceException.class)
                .hasMessageContaining("AADSTS7000215");
    }

    @SuppressWarnings("deprecation")
    @Test
    void usernamePasswordCredentialSignsAWorkAccountIn() throws Exception {
        var credential = new UsernamePasswordCredentialBuilder()
                .authorityHost(cerulean.authorityHost)
                .tenantId("contoso.onmicrosoft.com")
                .clientId(RunningCerulean.CLI_CLIENT)
                .username("kelley.wall@contoso.onmicrosoft.com")
                .password(DemoWorld.PASSWORD)
                .disableInstanceDiscovery()
                .httpClient(cerulean.azureHttpClient())
                .build();

        AccessToken token = credential.getTokenSync(arm());

        var claims = SignedJWT.parse(token.getToken()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("upn")).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
        assertThat(claims.getStringClaim("tid")).isEqualTo(DemoWorld.CONTOSO.toString());
        assertThat(claims.getAudience()).containsExactly("https://management.core.windows.net/");
    }

    @SuppressWarnings("deprecation")
    @Test
    void usernamePasswordCredentialWithAWrongPasswordFails() throws Exception {
        var credential = new UsernamePasswordCredentialBuilder()
                .authorityHost(cerulean.authorityHost)
                .tenantId("contoso.onmicrosoft.com")
                .clientId(RunningCerulean.CLI_CLIENT)
                .username("megan.bowen@contoso.onmicrosoft.com")
                .password("wrong")
                .disableInstanceDiscovery()
                .httpClient(cerulean.azureHttpClient())
                .build();

        assertThatThrownBy(() -> credential.getTokenSync(arm()))
                .isInstanceOf(ClientAuthenticationException.class)
                .rootCause()
                .hasMessageContaining("AADSTS50126");
    }
}
