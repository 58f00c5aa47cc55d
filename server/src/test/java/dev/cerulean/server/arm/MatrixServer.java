package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.identity.TokenSigner;
import dev.cerulean.server.testing.TestReply;
import dev.cerulean.server.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    static final String CLI = dev.cerulean.server.testing.TestTokens.CLI;
    static final UUID NO_ROLES_CLIENT = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final String NO_ROLES_SECRET = "no-roles-secret";
    static final UUID GROUPED_CLIENT = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final String GROUPED_SECRET = "grouped-secret";
    /** A member of the Default Directory holding nothing: the principal the role-assignment PUTs grant to. */
    static final ObjectId GRANTEE = ObjectId.of("0d000000-0000-4000-8000-0000000000ff");

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
    private final TestServer running;
    final String base;
    private final Map<Caller, String> tokens = new HashMap<>();

    MatrixServer() throws Exception {
        ports = Worlds.kelleyWall(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds()))
                .ports();
        new MatrixPrincipals(ports).add();
        running = TestServer.https(ports);
        server = running.server;
        base = running.base;
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

    TestReply send(Caller caller, String method, String path, String body) {
        return sendRaw(bearer(tokens.get(caller)), method, path, body);
    }

    TestReply sendRaw(String authorization, String method, String path, String body) {
        return running.http()
                .send(method, path, body, authorization == null ? Map.of() : Map.of("Authorization", authorization));
    }

    private String password(String tenant, String user) {
        return running.tokens().password(tenant, user, Worlds.PASSWORD, ARM_SCOPE);
    }

    /** Signs {@code email} in through the sign-in pages and redeems an authorization code (PKCE) for an ARM token. */
    private String authorizationCode(String tenant, String email) throws Exception {
        return running.tokens().authorizationCode(tenant, email, Worlds.PASSWORD, ARM_SCOPE);
    }

    private String clientCredentials(String tenant, UUID client, String secret) {
        return running.tokens()
                .clientCredentials(tenant, client.toString(), secret, "https://management.azure.com/.default");
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
        TestReply r = running.http()
                .send(
                        "GET",
                        "/msi/token?api-version=2019-08-01&resource="
                                + URLEncoder.encode("https://management.core.windows.net/", StandardCharsets.UTF_8),
                        null,
                        Map.of("X-IDENTITY-HEADER", secret));
        assertThat(r.status()).as("managed identity token: %s", r.body()).isEqualTo(200);
        return r.json().path("access_token").asText();
    }

    String token(String tenant, Map<String, String> form) {
        return tokenReply(tenant, form).path("access_token").asText();
    }

    /** The token endpoint's whole answer (access token, and id token when openid was asked). */
    JsonNode tokenReply(String tenant, Map<String, String> form) {
        return running.tokens().granted(tenant, form);
    }
}
