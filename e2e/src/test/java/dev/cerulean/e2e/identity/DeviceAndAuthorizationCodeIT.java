package dev.cerulean.e2e.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.microsoft.aad.msal4j.AuthorizationCodeParameters;
import com.microsoft.aad.msal4j.AuthorizationRequestUrlParameters;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.ResponseMode;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.cerulean.core.world.DemoWorld;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser flows with the real clients: device code (MSAL and azure-identity's
 * DeviceCodeCredential), the test completing the device login at the verification page over HTTP;
 * and authorization code with PKCE (MSAL), the test following the sign-in form and catching the
 * form_post at a local redirect URI.
 */
class DeviceAndAuthorizationCodeIT {
    private static final Set<String> ARM = Set.of(RunningCerulean.ARM_SCOPE);

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

    private static PublicClientApplication cli(String tenant) throws Exception {
        return PublicClientApplication.builder(RunningCerulean.CLI_CLIENT)
                .authority(cerulean.authority(tenant))
                .instanceDiscovery(false)
                .sslSocketFactory(cerulean.ssl.getSocketFactory())
                .build();
    }

    private static Browser browser() {
        return new Browser(cerulean.authorityHost, HttpClient.newBuilder().sslContext(cerulean.ssl));
    }

    /** What a person does with the code: open the verification page, sign in, enter the code, Continue. */
    private static void completeDeviceLogin(String verificationUri, String userCode, String email) {
        assertThat(verificationUri).isEqualTo(cerulean.authorityHost + "/devicelogin");
        cerulean.approveDeviceLogin(verificationUri, userCode, email);
    }

    @Test
    void msalDeviceCodeFlowSignsInOnceThePersonApproves() throws Exception {
        IAuthenticationResult result = cli("organizations")
                .acquireToken(DeviceCodeFlowParameters.builder(
                                ARM,
                                code -> completeDeviceLogin(
                                        code.verificationUri(), code.userCode(), "megan.bowen@contoso.onmicrosoft.com"))
                        .build())
                .get(60, TimeUnit.SECONDS);

        assertThat(result.account().username()).isEqualTo("megan.bowen@contoso.onmicrosoft.com");
        assertThat(SignedJWT.parse(result.accessToken()).getJWTClaimsSet().getStringClaim("oid"))
                .isEqualTo(DemoWorld.MEGAN_BOWEN.toString());
    }

    @Test
    void azureIdentityDeviceCodeCredentialSignsIn() throws Exception {
        var credential = new DeviceCodeCredentialBuilder()
                .authorityHost(cerulean.authorityHost)
                .tenantId("contoso.onmicrosoft.com")
                .clientId(RunningCerulean.CLI_CLIENT)
                .challengeConsumer(c ->
                        completeDeviceLogin(c.getVerificationUrl(), c.getUserCode(), "lee.gu@contoso.onmicrosoft.com"))
                .disableInstanceDiscovery()
                .httpClient(cerulean.azureHttpClient())
                .build();

        var token = credential.getTokenSync(new TokenRequestContext().addScopes(RunningCerulean.ARM_SCOPE));

        assertThat(SignedJWT.parse(token.getToken()).getJWTClaimsSet().getStringClaim("oid"))
                .isEqualTo(DemoWorld.LEE_GU.toString());
    }

    @Test
    void msalAuthorizationCodeWithPkceThroughTheSignInFormAndAFormPostToALocalRedirectUri() throws Exception {
        HttpServer redirect = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        CompletableFuture<Map<String, String>> posted = new CompletableFuture<>();
        redirect.createContext("/callback", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            posted.complete(Browser.query("?" + body));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        redirect.start();
        try {
            URI redirectUri =
                    URI.create("http://localhost:" + redirect.getAddress().getPort() + "/callback");
            String verifier = randomVerifier();
            String challenge = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            PublicClientApplication app = cli("contoso.onmicrosoft.com");
            String authorize = app.getAuthorizationRequestUrl(
                            AuthorizationRequestUrlParameters.builder(redirectUri.toString(), ARM)
                                    .responseMode(ResponseMode.FORM_POST)
                                    .state("s-42")
                                    .nonce("n-42")
                                    .codeChallenge(challenge)
                                    .codeChallengeMethod("S256")
                                    .build())
                    .toString();

            Browser browser = browser();
            HttpResponse<String> formPost = browser.follow(
                    browser.signIn(browser.get(authorize), "kelley.wall@contoso.onmicrosoft.com", DemoWorld.PASSWORD));
            assertThat(formPost.body()).contains("document.forms[0].submit()");
            // the auto-submitting form, submitted as the browser would
            browser.post(redirectUri.toString(), Browser.hiddenFields(formPost.body()));
            Map<String, String> answer = posted.get(10, TimeUnit.SECONDS);
            assertThat(answer.get("state")).isEqualTo("s-42");
            assertThat(answer).containsKeys("code", "client_info", "session_state");

            IAuthenticationResult result = app.acquireToken(
                            AuthorizationCodeParameters.builder(answer.get("code"), redirectUri)
                                    .codeVerifier(verifier)
                                    .scopes(ARM)
                                    .build())
                    .get();
            assertThat(result.account().username()).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
            assertThat(SignedJWT.parse(result.idToken()).getJWTClaimsSet().getStringClaim("nonce"))
                    .isEqualTo("n-42");
        } finally {
            redirect.stop(0);
        }
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
