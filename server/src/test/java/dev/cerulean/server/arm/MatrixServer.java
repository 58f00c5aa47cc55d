package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.HealthyStore;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.StoreStatus;
import dev.cerulean.server.identity.TokenSigner;
import dev.cerulean.server.testing.TestBrowser;
import dev.cerulean.server.tls.SelfSignedCertificate;
import dev.cerulean.server.tls.ServerCertificate;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The real server for {@link ArmAuthorizationMatrixTest}: the demo world on in-memory ports, with
 * one principal per kind of caller added before it starts, served over HTTPS with a generated
 * certificate that its client trusts, and a real ARM token per caller from its own token endpoint.
 */
final class MatrixServer implements AutoCloseable {
    static final DirectoryId DEFAULT = Worlds.DEFAULT_DIRECTORY;
    static final String DOMAIN = "kelleywalloutlook.onmicrosoft.com";
    static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    static final String RG_WEB = SUB + "/resourceGroups/rg-web";
    static final String RA = "/providers/Microsoft.Authorization/roleAssignments";
    private static final String ARM_SCOPE = "https://management.core.windows.net//.default";
    static final String CLI = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    static final UUID NO_ROLES_CLIENT = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final String NO_ROLES_SECRET = "no-roles-secret";
    static final UUID GROUPED_CLIENT = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final String GROUPED_SECRET = "grouped-secret";
    /** A member of the Default Directory holding nothing: the principal the role-assignment PUTs grant to. */
    static final ObjectId GRANTEE = ObjectId.of("0d000000-0000-4000-8000-0000000000ff");

    private static final StoreStatus STORE = new HealthyStore("memory");

    /** Who calls, and how it gets its token. */
    enum Caller {
        SERVICE_ADMIN,
        CO_ADMIN,
        OWNER_SUB,
        CONTRIBUTOR_SUB,
        READER_SUB,
        OWNER_RG,
        CONTRIBUTOR_RG,
        READER_RG,
        CONTRIBUTOR_RG_THROUGH_NESTED_GROUPS,
        GUEST_READER_SUB,
        MEMBER_NO_ROLE,
        OTHER_DIRECTORY_USER,
        APP_CONTRIBUTOR,
        APP_NO_ROLE,
        APP_READER_SUB_THROUGH_GROUP,
        MANAGED_IDENTITY_READER_SUB,
        OTHER_DIRECTORY_APP
    }

    final Ports ports;
    final CeruleanServer server;
    private final HttpClient http;
    private final SSLContext ssl;
    final String base;
    private final Map<Caller, String> tokens = new HashMap<>();

    MatrixServer() throws Exception {
        ports = Worlds.kelleyWall(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds()))
                .ports();
        new MatrixPrincipals(ports).add();
        ServerCertificate certificate = SelfSignedCertificate.create(Set.of("localhost"), Instant.now());
        server = new CeruleanServer(ports, STORE).start(Listeners.anyFreePorts(certificate));
        ssl = trusting(certificate);
        http = HttpClient.newBuilder().sslContext(ssl).build();
        base = "https://localhost:" + server.httpsPort();
        String contoso = Worlds.CONTOSO.toString(), def = DEFAULT.toString();
        // Microsoft accounts have no password grant (as in Azure): they sign in by authorization code
        tokens.put(Caller.SERVICE_ADMIN, authorizationCode(def, "kelley.wall@outlook.com"));
        tokens.put(Caller.CO_ADMIN, authorizationCode(def, "alex.ops@outlook.com"));
        for (Caller c : List.of(
                Caller.OWNER_SUB,
                Caller.CONTRIBUTOR_SUB,
                Caller.READER_SUB,
                Caller.OWNER_RG,
                Caller.CONTRIBUTOR_RG,
                Caller.READER_RG,
                Caller.CONTRIBUTOR_RG_THROUGH_NESTED_GROUPS,
                Caller.MEMBER_NO_ROLE)) {
            tokens.put(c, password(def, upn(c)));
        }
        tokens.put(Caller.GUEST_READER_SUB, password(def, "lee.gu@contoso.onmicrosoft.com"));
        tokens.put(Caller.OTHER_DIRECTORY_USER, password(contoso, "megan.bowen@contoso.onmicrosoft.com"));
        tokens.put(
                Caller.APP_CONTRIBUTOR,
                clientCredentials(
                        def, Worlds.DEMO_AUTOMATION_CLIENT, dev.cerulean.core.world.DemoWorld.DEMO_AUTOMATION_SECRET));
        tokens.put(Caller.APP_NO_ROLE, clientCredentials(def, NO_ROLES_CLIENT, NO_ROLES_SECRET));
        tokens.put(Caller.APP_READER_SUB_THROUGH_GROUP, clientCredentials(def, GROUPED_CLIENT, GROUPED_SECRET));
        tokens.put(Caller.MANAGED_IDENTITY_READER_SUB, managedIdentityToken());
        tokens.put(
                Caller.OTHER_DIRECTORY_APP,
                clientCredentials(
                        contoso,
                        Worlds.CONTOSO_AUTOMATION_CLIENT,
                        dev.cerulean.core.world.DemoWorld.CONTOSO_AUTOMATION_SECRET));
    }

    /** The ARM token the token endpoint gave this caller. */
    String tokenOf(Caller c) {
        return tokens.get(c);
    }

    @Override
    public void close() {
        server.close();
    }

    static String upn(Caller c) {
        return c.name().toLowerCase().replace('_', '.') + "@" + DOMAIN;
    }

    // --- helpers --------------------------------------------------------------------------------

    /** What a refusal must leave as it was. */
    record Snapshot(
            int assignments,
            List<String> groupsWithTags,
            long version,
            DirectoryId directory,
            java.util.Optional<dev.cerulean.core.move.ChangeTenantRequest> changeTenantRequest,
            List<dev.cerulean.core.subscription.Resource> resources) {}

    Snapshot snapshot() {
        return ports.transactions().inTransaction(() -> {
            var s = ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow();
            return new Snapshot(
                    ports.roleAssignments().countOf(Worlds.SUBSCRIPTION),
                    ports.resourceGroups().of(Worlds.SUBSCRIPTION).stream()
                            .map(g -> g.name() + g.tags())
                            .sorted()
                            .toList(),
                    s.version(),
                    s.directory(),
                    ports.changeTenantRequests().of(Worlds.SUBSCRIPTION),
                    ports.resources().of(Worlds.SUBSCRIPTION));
        });
    }

    TokenSigner signer() {
        return new TokenSigner(server.identity().keys());
    }

    JWTClaimsSet claimsOf(Caller c) throws Exception {
        return SignedJWT.parse(tokens.get(c)).getJWTClaimsSet();
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    record Reply(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        JsonNode json() {
            try {
                return ArmJson.MAPPER.readTree(raw.body());
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        String errorCode() {
            return raw.body().startsWith("{")
                    ? json().path("error").path("code").asText()
                    : "";
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Reply send(Caller caller, String method, String path, String body) throws Exception {
        return sendRaw(bearer(tokens.get(caller)), method, path, body);
    }

    Reply sendRaw(String authorization, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) request.header("Authorization", authorization);
        if (body != null) request.header("Content-Type", "application/json");
        return new Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private String password(String tenant, String user) throws Exception {
        return token(
                tenant,
                form(
                        "grant_type",
                        "password",
                        "client_id",
                        CLI,
                        "username",
                        user,
                        "password",
                        Worlds.PASSWORD,
                        "scope",
                        ARM_SCOPE));
    }

    /** Signs {@code email} in through the sign-in pages and redeems an authorization code (PKCE) for an ARM token. */
    private String authorizationCode(String tenant, String email) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        String challenge =
                CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
        String redirect = "http://localhost:53117/callback";
        TestBrowser browser = new TestBrowser(base, ssl);
        var toLogin = browser.get("/" + tenant + "/oauth2/v2.0/authorize?client_id=" + CLI + "&response_type=code"
                + "&redirect_uri=" + TestBrowser.enc(redirect) + "&scope=" + TestBrowser.enc(ARM_SCOPE)
                + "&state=matrix&code_challenge=" + challenge + "&code_challenge_method=S256&response_mode=query");
        var answer = browser.follow(browser.signIn(toLogin, email, Worlds.PASSWORD));
        String code = TestBrowser.query(TestBrowser.location(answer)).get("code");
        return token(
                tenant,
                form(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        CLI,
                        "code",
                        code,
                        "redirect_uri",
                        redirect,
                        "code_verifier",
                        verifier.getValue(),
                        "scope",
                        ARM_SCOPE));
    }

    private String clientCredentials(String tenant, UUID client, String secret) throws Exception {
        return token(
                tenant,
                form(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        client.toString(),
                        "client_secret",
                        secret,
                        "scope",
                        "https://management.azure.com/.default"));
    }

    /**
     * A user-assigned identity in rg-web, Reader on the subscription, and its token from the App
     * Service identity endpoint with the secret its grant gives (as IDENTITY_HEADER would carry it).
     */
    private String managedIdentityToken() throws Exception {
        var uses = Worlds.useCases(ports);
        var kelley = new Worlds.KelleyWall(ports).kelleyMsaInDefault();
        var id = dev.cerulean.core.common.ResourceId.of(
                Worlds.SUBSCRIPTION,
                "rg-web",
                dev.cerulean.core.subscription.Resource.USER_ASSIGNED_IDENTITY,
                "id-matrix");
        var identity = uses.resource()
                .putResource()
                .put(
                        kelley,
                        new dev.cerulean.core.resource.PutResource.Request(
                                id,
                                "westeurope",
                                Map.of(),
                                dev.cerulean.core.resource.PutResource.IdentityRequest.UNCHANGED))
                .orThrow()
                .resource()
                .identity();
        ports.transactions().inTransaction(() -> {
            new MatrixPrincipals(ports)
                    .assign(
                            Scope.subscription(Worlds.SUBSCRIPTION),
                            identity.principalId(),
                            RoleAssignment.PrincipalType.ServicePrincipal,
                            BuiltInRoles.READER);
            ports.subscriptions().touch(Worlds.SUBSCRIPTION);
            return null;
        });
        String secret = uses.resource()
                .managedIdentityTokens()
                .grant(kelley, List.of(id))
                .orThrow();
        var r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/msi/token?api-version=2019-08-01&resource="
                                + URLEncoder.encode("https://management.core.windows.net/", StandardCharsets.UTF_8)))
                        .header("X-IDENTITY-HEADER", secret)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("managed identity token: %s", r.body()).isEqualTo(200);
        return ArmJson.MAPPER.readTree(r.body()).path("access_token").asText();
    }

    String token(String tenant, Map<String, String> form) throws Exception {
        return tokenReply(tenant, form).path("access_token").asText();
    }

    /** The token endpoint's whole answer (access token, and id token when openid was asked). */
    JsonNode tokenReply(String tenant, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/" + tenant + "/oauth2/v2.0/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode())
                .as("token for %s: %s", form.get("username"), r.body())
                .isEqualTo(200);
        return ArmJson.MAPPER.readTree(r.body());
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) form.put(pairs[i], pairs[i + 1]);
        return form;
    }

    private static SSLContext trusting(ServerCertificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("cerulean", certificate.leaf());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }
}
