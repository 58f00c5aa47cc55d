package dev.cerulean.server.arm;

import static dev.cerulean.server.arm.ArmAuthorizationMatrixTest.Op.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.ClientSecret;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.StoreStatus;
import dev.cerulean.server.identity.TokenSigner;
import dev.cerulean.server.tls.SelfSignedCertificate;
import dev.cerulean.server.tls.ServerCertificate;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 5's authorization matrix, end to end: the real server over HTTPS, real tokens from its own
 * token endpoint (password grant for people, client credentials for apps), every kind of caller
 * against the ARM operations that read, create, delete and grant, each allow and each deny checked
 * by status and error code, and each deny shown to change nothing. Then the tokens that must never
 * get in: of another audience, expired, tampered, signed with another tenant's key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArmAuthorizationMatrixTest {
    private static final DirectoryId DEFAULT = Worlds.DEFAULT_DIRECTORY;
    private static final String DOMAIN = "kelleywalloutlook.onmicrosoft.com";
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private static final String RG_WEB = SUB + "/resourceGroups/rg-web";
    private static final String RA = "/providers/Microsoft.Authorization/roleAssignments";
    private static final String ARM_SCOPE = "https://management.core.windows.net//.default";
    private static final String CLI = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    private static final UUID NO_ROLES_CLIENT = UUID.fromString("33333333-3333-4333-8333-333333333333");
    private static final String NO_ROLES_SECRET = "no-roles-secret";
    /** A member of the Default Directory holding nothing: the principal the role-assignment PUTs grant to. */
    private static final ObjectId GRANTEE = ObjectId.of("0d000000-0000-4000-8000-0000000000ff");
    private static final StoreStatus STORE = new StoreStatus() {
        @Override
        public boolean isHealthy() {
            return true;
        }

        @Override
        public String product() {
            return "memory";
        }
    };

    /** Who calls, and how it gets its token. */
    enum Caller {
        SERVICE_ADMIN, CO_ADMIN, OWNER_SUB, CONTRIBUTOR_SUB, READER_SUB, OWNER_RG, CONTRIBUTOR_RG, READER_RG,
        GUEST_READER_SUB, MEMBER_NO_ROLE, OTHER_DIRECTORY_USER, APP_CONTRIBUTOR, APP_NO_ROLE, OTHER_DIRECTORY_APP
    }

    enum Op { GET_SUBSCRIPTION, LIST_GROUPS, PUT_GROUP, DELETE_GROUP, PUT_ROLE_ASSIGNMENT, LIST_ROLE_ASSIGNMENTS, CHANGE_TENANT }

    /** What a row expects: a status and, for refusals, ARM's error code. */
    record Expect(int status, String code) {
        @Override
        public String toString() {
            return code == null ? String.valueOf(status) : status + " " + code;
        }
    }

    private static final Expect OK = new Expect(200, null), CREATED = new Expect(201, null),
            DENIED = new Expect(403, "AuthorizationFailed"), WRONG_TENANT = new Expect(401, "InvalidAuthenticationTokenTenant");

    private Ports ports;
    private CeruleanServer server;
    private HttpClient http;
    private String base;
    private final Map<Caller, String> tokens = new HashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    // --- the table -------------------------------------------------------------------------------

    /** Caller × operation → expected answer. Rows in the order of the issue's list of callers. */
    static Stream<Arguments> matrix() {
        Map<Caller, List<Expect>> rows = new java.util.LinkedHashMap<>();
        //                                 GET sub  list RGs  PUT RG   DELETE RG PUT RA   list RA  changeTenant
        rows.put(Caller.SERVICE_ADMIN, List.of(OK, OK, CREATED, OK, CREATED, OK, passesAuthorization()));
        rows.put(Caller.CO_ADMIN, List.of(OK, OK, CREATED, OK, CREATED, OK, new Expect(403, "CoAdministratorCannotChangeDirectory")));
        rows.put(Caller.OWNER_SUB, List.of(OK, OK, CREATED, OK, CREATED, OK, passesAuthorization()));
        rows.put(Caller.CONTRIBUTOR_SUB, List.of(OK, OK, CREATED, OK, DENIED, OK, requiresOwner()));
        rows.put(Caller.READER_SUB, List.of(OK, OK, DENIED, DENIED, DENIED, OK, requiresOwner()));
        rows.put(Caller.OWNER_RG, List.of(OK, OK, DENIED, DENIED, CREATED, DENIED, requiresOwner()));
        rows.put(Caller.CONTRIBUTOR_RG, List.of(OK, OK, DENIED, DENIED, DENIED, DENIED, requiresOwner()));
        rows.put(Caller.READER_RG, List.of(OK, OK, DENIED, DENIED, DENIED, DENIED, requiresOwner()));
        rows.put(Caller.GUEST_READER_SUB, List.of(OK, OK, DENIED, DENIED, DENIED, OK, requiresOwner()));
        rows.put(Caller.MEMBER_NO_ROLE, List.of(DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, requiresOwner()));
        rows.put(Caller.OTHER_DIRECTORY_USER, List.of(WRONG_TENANT, WRONG_TENANT, WRONG_TENANT, WRONG_TENANT,
                WRONG_TENANT, WRONG_TENANT, WRONG_TENANT));
        rows.put(Caller.APP_CONTRIBUTOR, List.of(OK, OK, CREATED, OK, DENIED, OK, requiresOwner()));
        rows.put(Caller.APP_NO_ROLE, List.of(DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, requiresOwner()));
        rows.put(Caller.OTHER_DIRECTORY_APP, List.of(WRONG_TENANT, WRONG_TENANT, WRONG_TENANT, WRONG_TENANT,
                WRONG_TENANT, WRONG_TENANT, WRONG_TENANT));
        return rows.entrySet().stream().flatMap(row -> Stream.of(Op.values())
                .map(op -> Arguments.of(row.getKey(), op, row.getValue().get(op.ordinal()))));
    }

    /** Authorized (an Owner), then refused because the caller is no user of the destination: the move is not made here. */
    private static Expect passesAuthorization() {
        return new Expect(403, "CallerNotInTargetDirectory");
    }

    private static Expect requiresOwner() {
        return new Expect(403, "RequiresOwner");
    }

    // --- the world and the server ---------------------------------------------------------------

    @BeforeAll
    void start() throws Exception {
        ports = Worlds.kelleyWall(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds())).ports();
        addMatrixPrincipals();
        ServerCertificate certificate = SelfSignedCertificate.create(Set.of("localhost"), Instant.now());
        server = new CeruleanServer(ports, STORE).start(Listeners.anyFreePorts(certificate));
        http = trusting(certificate);
        base = "https://localhost:" + server.httpsPort();
        String contoso = Worlds.CONTOSO.toString(), def = DEFAULT.toString();
        tokens.put(Caller.SERVICE_ADMIN, password(def, "kelley.wall@outlook.com"));
        tokens.put(Caller.CO_ADMIN, password(def, "alex.ops@outlook.com"));
        for (Caller c : List.of(Caller.OWNER_SUB, Caller.CONTRIBUTOR_SUB, Caller.READER_SUB, Caller.OWNER_RG,
                Caller.CONTRIBUTOR_RG, Caller.READER_RG, Caller.MEMBER_NO_ROLE)) {
            tokens.put(c, password(def, upn(c)));
        }
        tokens.put(Caller.GUEST_READER_SUB, password(def, "lee.gu@contoso.onmicrosoft.com"));
        tokens.put(Caller.OTHER_DIRECTORY_USER, password(contoso, "megan.bowen@contoso.onmicrosoft.com"));
        tokens.put(Caller.APP_CONTRIBUTOR, clientCredentials(def, Worlds.DEMO_AUTOMATION_CLIENT,
                dev.cerulean.core.world.DemoWorld.DEMO_AUTOMATION_SECRET));
        tokens.put(Caller.APP_NO_ROLE, clientCredentials(def, NO_ROLES_CLIENT, NO_ROLES_SECRET));
        tokens.put(Caller.OTHER_DIRECTORY_APP, clientCredentials(contoso, Worlds.CONTOSO_AUTOMATION_CLIENT,
                dev.cerulean.core.world.DemoWorld.CONTOSO_AUTOMATION_SECRET));
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    private static String upn(Caller c) {
        return c.name().toLowerCase().replace('_', '.') + "@" + DOMAIN;
    }

    /** Work accounts with each built-in role at the subscription and at rg-web, a B2B guest, a role-less member and app. */
    private void addMatrixPrincipals() {
        var sub = Scope.subscription(Worlds.SUBSCRIPTION);
        var rg = Scope.resourceGroup(Worlds.SUBSCRIPTION, "rg-web");
        var hash = ports.passwordHasher().hash(Worlds.PASSWORD);
        ports.transactions().inTransaction(() -> {
            int n = 0xa0;
            for (var grant : List.of(
                    Map.entry(Caller.OWNER_SUB, Map.entry(sub, BuiltInRoles.OWNER)),
                    Map.entry(Caller.CONTRIBUTOR_SUB, Map.entry(sub, BuiltInRoles.CONTRIBUTOR)),
                    Map.entry(Caller.READER_SUB, Map.entry(sub, BuiltInRoles.READER)),
                    Map.entry(Caller.OWNER_RG, Map.entry(rg, BuiltInRoles.OWNER)),
                    Map.entry(Caller.CONTRIBUTOR_RG, Map.entry(rg, BuiltInRoles.CONTRIBUTOR)),
                    Map.entry(Caller.READER_RG, Map.entry(rg, BuiltInRoles.READER)))) {
                ObjectId id = ObjectId.of(String.format("0d000000-0000-4000-8000-0000000000%02x", n++));
                ports.directoryUsers().add(workAccount(id, grant.getKey().name(), upn(grant.getKey()), hash));
                assign(grant.getValue().getKey(), id, RoleAssignment.PrincipalType.User, grant.getValue().getValue());
            }
            ports.directoryUsers().add(workAccount(GRANTEE, "member without roles", upn(Caller.MEMBER_NO_ROLE), hash));
            ObjectId guest = ObjectId.of("0d000000-0000-4000-8000-0000000000b0");
            ports.directoryUsers().add(new DirectoryUser(guest, DEFAULT, "Lee Gu", "lee.gu_contoso.onmicrosoft.com#EXT#@"
                    + DOMAIN, Email.of("lee.gu@contoso.onmicrosoft.com"), DirectoryUser.UserType.Guest,
                    DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT, new Identity.Work(Worlds.CONTOSO, Worlds.LEE_GU),
                    DirectoryUser.InvitationState.Accepted, null));
            assign(sub, guest, RoleAssignment.PrincipalType.User, BuiltInRoles.READER);
            ports.appRegistrations().add(new AppRegistration(NO_ROLES_CLIENT, DEFAULT,
                    ObjectId.of("0d000000-0000-4000-8000-0000000000c0"), "no-roles", List.of(new ClientSecret(
                    UUID.fromString("5ec00000-0000-4000-8000-0000000000c0"), "no-", ports.passwordHasher().hash(NO_ROLES_SECRET),
                    Worlds.NOW.plus(Duration.ofDays(365)))), List.of()));
            return null;
        });
    }

    private static DirectoryUser workAccount(ObjectId id, String name, String upn, dev.cerulean.core.account.PasswordHash hash) {
        return new DirectoryUser(id, DEFAULT, name, upn, Email.of(upn), DirectoryUser.UserType.Member,
                DirectoryUser.Source.WORK_ACCOUNT, new Identity.Work(DEFAULT, id), null, hash);
    }

    private void assign(Scope scope, ObjectId principal, RoleAssignment.PrincipalType type,
                        dev.cerulean.core.access.RoleDefinition role) {
        ports.roleAssignments().add(new RoleAssignment(new RoleAssignmentId(UUID.randomUUID()), scope, principal, type,
                role.id(), DEFAULT, Worlds.NOW, "kelley.wall@outlook.com"));
    }

    // --- the matrix -----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("matrix")
    void eachCallerIsAllowedOrRefusedEachOperation(Caller caller, Op op, Expect expected) throws Exception {
        String throwaway = "rg-gone-" + serial.incrementAndGet();
        if (op == DELETE_GROUP) {
            ports.transactions().inTransaction(() -> {
                ports.resourceGroups().add(new ResourceGroup(Worlds.SUBSCRIPTION, throwaway, "westeurope", Map.of()));
                return null;
            });
        }
        String newGroup = "rg-new-" + serial.incrementAndGet();
        String assignment = UUID.randomUUID().toString();
        Snapshot before = snapshot();

        Reply reply = switch (op) {
            case GET_SUBSCRIPTION -> send(caller, "GET", SUB + "?api-version=2022-12-01", null);
            case LIST_GROUPS -> send(caller, "GET", SUB + "/resourcegroups?api-version=2024-03-01", null);
            case PUT_GROUP -> send(caller, "PUT", SUB + "/resourcegroups/" + newGroup + "?api-version=2024-03-01",
                    "{\"location\":\"westeurope\"}");
            case DELETE_GROUP -> send(caller, "DELETE", SUB + "/resourcegroups/" + throwaway + "?api-version=2024-03-01", null);
            case PUT_ROLE_ASSIGNMENT -> send(caller, "PUT", RG_WEB + RA + "/" + assignment + "?api-version=2022-04-01",
                    "{\"properties\":{\"roleDefinitionId\":\"" + SUB + "/providers/Microsoft.Authorization/roleDefinitions/"
                            + BuiltInRoles.READER.id() + "\",\"principalId\":\"" + GRANTEE + "\",\"principalType\":\"User\"}}");
            case LIST_ROLE_ASSIGNMENTS -> send(caller, "GET", SUB + RA + "?api-version=2022-04-01", null);
            case CHANGE_TENANT -> send(caller, "PUT", SUB + "/providers/Microsoft.Subscription/changeTenantRequest/default"
                    + "?api-version=2024-08-01-preview", "{\"properties\":{\"destinationTenantId\":\"" + Worlds.CONTOSO + "\"}}");
        };

        assertThat(reply.status()).as("%s %s: %s", caller, op, reply.body()).isEqualTo(expected.status());
        assertThat(reply.errorCode()).as("%s %s: %s", caller, op, reply.body()).isEqualTo(expected.code() == null ? "" : expected.code());
        if (expected.status() >= 400) {
            assertThat(snapshot()).as("a refusal changes nothing").isEqualTo(before);
            if (expected.status() == 401) assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer authorization_uri=");
            return;
        }
        switch (op) {
            case GET_SUBSCRIPTION -> assertThat(reply.json().path("subscriptionId").asText()).isEqualTo(Worlds.SUBSCRIPTION.toString());
            case LIST_GROUPS -> assertThat(reply.json().path("value").findValuesAsText("name")).contains("rg-web");
            case PUT_GROUP -> {
                assertThat(ports.resourceGroups().byName(Worlds.SUBSCRIPTION, newGroup)).isPresent();
                ports.transactions().inTransaction(() -> {
                    ports.resourceGroups().remove(Worlds.SUBSCRIPTION, newGroup);
                    return null;
                });
            }
            case DELETE_GROUP -> assertThat(ports.resourceGroups().byName(Worlds.SUBSCRIPTION, throwaway)).isEmpty();
            case PUT_ROLE_ASSIGNMENT -> {
                assertThat(before.assignments() + 1).isEqualTo(snapshot().assignments());
                ports.transactions().inTransaction(() -> {
                    ports.roleAssignments().remove(RoleAssignmentId.of(assignment));
                    return null;
                });
            }
            case LIST_ROLE_ASSIGNMENTS -> assertThat(reply.json().path("value").size()).isEqualTo(before.assignments());
            case CHANGE_TENANT -> throw new AssertionError("the matrix expects no directory change to go through");
        }
    }

    @Test
    void everyCallerOfTheMatrixGotARealTokenFromTheTokenEndpoint() throws Exception {
        for (Caller c : Caller.values()) {
            JWTClaimsSet claims = SignedJWT.parse(tokens.get(c)).getJWTClaimsSet();
            assertThat(claims.getIssuer()).as(c.name()).startsWith(base + "/");
            assertThat(claims.getAudience()).as(c.name()).singleElement()
                    .isIn("https://management.core.windows.net/", "https://management.azure.com");
            String tid = c == Caller.OTHER_DIRECTORY_USER || c == Caller.OTHER_DIRECTORY_APP ? Worlds.CONTOSO.toString()
                    : DEFAULT.toString();
            assertThat(claims.getStringClaim("tid")).as(c.name()).isEqualTo(tid);
        }
    }

    // --- tokens that never get in ---------------------------------------------------------------

    @Test
    void aGraphTokenOnArmIsInvalidAuthenticationTokenAudience() throws Exception {
        String graph = token(DEFAULT.toString(), form("grant_type", "client_credentials", "client_id",
                Worlds.DEMO_AUTOMATION_CLIENT.toString(), "client_secret", dev.cerulean.core.world.DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope", "https://graph.microsoft.com/.default"));

        assertRefused(bearer(graph), 401, "InvalidAuthenticationTokenAudience");
    }

    @Test
    void anExpiredTokenIsExpiredAuthenticationToken() throws Exception {
        Instant past = Worlds.NOW.minus(Duration.ofHours(3));
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claimsOf(Caller.OWNER_SUB)).issueTime(Date.from(past))
                .notBeforeTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(1)))).build();

        assertRefused(bearer(signer().sign(expired, DEFAULT)), 401, "ExpiredAuthenticationToken");
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String[] parts = tokens.get(Caller.READER_SUB).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String owner = upn(Caller.OWNER_SUB);
        // the reader claims to be the owner; and, separately, one character of the payload flipped
        String elevated = payload.replace(claimsOf(Caller.READER_SUB).getStringClaim("oid"),
                claimsOf(Caller.OWNER_SUB).getStringClaim("oid")).replace(upn(Caller.READER_SUB), owner);
        char[] flipped = parts[1].toCharArray();
        flipped[flipped.length / 2] = flipped[flipped.length / 2] == 'A' ? 'B' : 'A';

        assertThat(elevated).isNotEqualTo(payload);
        assertRefused(bearer(parts[0] + "." + b64(elevated) + "." + parts[2]), 401, "InvalidAuthenticationToken");
        assertRefused(bearer(parts[0] + "." + new String(flipped) + "." + parts[2]), 401, null);
        assertRefused(bearer(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA"),
                401, "InvalidAuthenticationToken");
    }

    @Test
    void aTokenSignedWithAnotherTenantsKeyOrNamingAnotherTenantIsRefused() throws Exception {
        JWTClaimsSet owner = claimsOf(Caller.OWNER_SUB);
        String[] parts = tokens.get(Caller.OWNER_SUB).split("\\.");
        String otherTid = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(DEFAULT.toString(), Worlds.CONTOSO.toString());

        // the Default Directory owner's claims, signed with Contoso's (published, valid) key
        assertRefused(bearer(signer().sign(owner, Worlds.CONTOSO)), 401, "InvalidAuthenticationToken");
        // the same token with tid (and issuer) rewritten to Contoso: the signature no longer fits
        assertRefused(bearer(parts[0] + "." + b64(otherTid) + "." + parts[2]), 401, "InvalidAuthenticationToken");
        // a Contoso token re-signed so that it is valid for Contoso: still the wrong tenant for this subscription
        assertRefused(bearer(tokens.get(Caller.OTHER_DIRECTORY_USER)), 401, "InvalidAuthenticationTokenTenant");
    }

    @Test
    void noTokenOrNotABearerIsRefusedWithAChallenge() throws Exception {
        assertRefused(null, 401, "AuthenticationFailed");
        assertRefused("Basic a2VsbGV5OnB3", 401, "AuthenticationFailed");
        assertRefused(bearer("not-a-jwt"), 401, "AuthenticationFailed");
    }

    private void assertRefused(String authorization, int status, String code) throws Exception {
        Snapshot before = snapshot();
        for (var request : List.of(new String[] {"GET", SUB + "?api-version=2022-12-01", null},
                new String[] {"PUT", SUB + "/resourcegroups/rg-forged?api-version=2024-03-01", "{\"location\":\"westeurope\"}"},
                new String[] {"PUT", RG_WEB + RA + "/" + UUID.randomUUID() + "?api-version=2022-04-01",
                        "{\"properties\":{\"roleDefinitionId\":\"" + SUB + "/providers/Microsoft.Authorization/roleDefinitions/"
                                + BuiltInRoles.OWNER.id() + "\",\"principalId\":\"" + GRANTEE + "\"}}"})) {
            Reply r = sendRaw(authorization, request[0], request[1], request[2]);
            assertThat(r.status()).as("%s %s: %s", request[0], request[1], r.body()).isEqualTo(status);
            if (code != null) assertThat(r.errorCode()).as(r.body()).isEqualTo(code);
            assertThat(r.errorCode()).isNotEmpty();
            assertThat(r.header("WWW-Authenticate")).as("the challenge names where to get a token")
                    .isEqualTo("Bearer authorization_uri=\"" + base + "/" + DEFAULT + "\", error=\"invalid_token\", "
                            + "error_description=\"The authentication failed because of missing 'Authorization' header or an invalid token.\"");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** What a refusal must leave as it was. */
    record Snapshot(int assignments, List<String> groups, long version, DirectoryId directory) {}

    private Snapshot snapshot() {
        return ports.transactions().inTransaction(() -> {
            var s = ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow();
            return new Snapshot(ports.roleAssignments().countOf(Worlds.SUBSCRIPTION),
                    ports.resourceGroups().of(Worlds.SUBSCRIPTION).stream().map(ResourceGroup::name).sorted().toList(),
                    s.version(), s.directory());
        });
    }

    private TokenSigner signer() {
        return new TokenSigner(server.identity().keys());
    }

    private JWTClaimsSet claimsOf(Caller c) throws Exception {
        return SignedJWT.parse(tokens.get(c)).getJWTClaimsSet();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
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
            return raw.body().startsWith("{") ? json().path("error").path("code").asText() : "";
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private Reply send(Caller caller, String method, String path, String body) throws Exception {
        return sendRaw(bearer(tokens.get(caller)), method, path, body);
    }

    private Reply sendRaw(String authorization, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) request.header("Authorization", authorization);
        if (body != null) request.header("Content-Type", "application/json");
        return new Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private String password(String tenant, String user) throws Exception {
        return token(tenant, form("grant_type", "password", "client_id", CLI, "username", user,
                "password", Worlds.PASSWORD, "scope", ARM_SCOPE));
    }

    private String clientCredentials(String tenant, UUID client, String secret) throws Exception {
        return token(tenant, form("grant_type", "client_credentials", "client_id", client.toString(),
                "client_secret", secret, "scope", "https://management.azure.com/.default"));
    }

    private String token(String tenant, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var r = http.send(HttpRequest.newBuilder(URI.create(base + "/" + tenant + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("token for %s: %s", form.get("username"), r.body()).isEqualTo(200);
        return ArmJson.MAPPER.readTree(r.body()).path("access_token").asText();
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) form.put(pairs[i], pairs[i + 1]);
        return form;
    }

    private static HttpClient trusting(ServerCertificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("cerulean", certificate.leaf());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }
}
