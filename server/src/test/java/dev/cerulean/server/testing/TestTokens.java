package dev.cerulean.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link TestServer}'s token endpoint, asked as OAuth clients ask it. */
public final class TestTokens {
    /** The Azure CLI's public client id, which every directory knows. */
    public static final String CLI = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    private static final String REDIRECT = "http://localhost:53117/callback";
    private final TestServer server;

    TestTokens(TestServer server) {
        this.server = server;
    }

    /** Form fields from name, value, name, value…, in order. */
    public static Map<String, String> fields(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) form.put(pairs[i], pairs[i + 1]);
        return form;
    }

    /** The token endpoint's answer, whatever it is. */
    public TestReply request(String tenant, Map<String, String> form) {
        return server.http().form("/" + tenant + "/oauth2/v2.0/token", form);
    }

    /** The token endpoint's answer, which must be a success. */
    public JsonNode granted(String tenant, Map<String, String> form) {
        TestReply reply = request(tenant, form);
        assertThat(reply.status())
                .as("token for %s: %s", form.getOrDefault("username", form.get("client_id")), reply.body())
                .isEqualTo(200);
        return reply.json();
    }

    /** An access token by the password grant through the Azure CLI's client. */
    public String password(String tenant, String user, String password, String scope) {
        return granted(
                        tenant,
                        fields(
                                "grant_type",
                                "password",
                                "client_id",
                                CLI,
                                "username",
                                user,
                                "password",
                                password,
                                "scope",
                                scope))
                .path("access_token")
                .asText();
    }

    /** An access token by the client-credentials grant. */
    public String clientCredentials(String tenant, String client, String secret, String scope) {
        return granted(
                        tenant,
                        fields(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                client,
                                "client_secret",
                                secret,
                                "scope",
                                scope))
                .path("access_token")
                .asText();
    }

    /**
     * An access token by the authorization-code grant with PKCE: {@code email} signs in through the
     * sign-in pages in a fresh browser, and the code is redeemed through the Azure CLI's client.
     */
    public String authorizationCode(String tenant, String email, String password, String scope) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        String challenge =
                CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
        TestBrowser browser = server.browser();
        var toLogin = browser.get("/" + tenant + "/oauth2/v2.0/authorize?client_id=" + CLI + "&response_type=code"
                + "&redirect_uri=" + TestBrowser.enc(REDIRECT) + "&scope=" + TestBrowser.enc(scope)
                + "&state=test&code_challenge=" + challenge + "&code_challenge_method=S256&response_mode=query");
        var answer = browser.follow(browser.signIn(toLogin, email, password));
        String code = TestBrowser.query(TestBrowser.location(answer)).get("code");
        assertThat(code).as("code for %s: %s", email, answer.body()).isNotNull();
        return granted(
                        tenant,
                        fields(
                                "grant_type",
                                "authorization_code",
                                "client_id",
                                CLI,
                                "code",
                                code,
                                "redirect_uri",
                                REDIRECT,
                                "code_verifier",
                                verifier.getValue(),
                                "scope",
                                scope))
                .path("access_token")
                .asText();
    }
}
