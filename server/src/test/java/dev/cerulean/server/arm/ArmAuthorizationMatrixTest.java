package dev.cerulean.server.arm;

import static dev.cerulean.server.arm.ArmAuthorizationMatrixTest.Op.*;
import static dev.cerulean.server.arm.MatrixServer.DEFAULT;
import static dev.cerulean.server.arm.MatrixServer.GRANTEE;
import static dev.cerulean.server.arm.MatrixServer.RA;
import static dev.cerulean.server.arm.MatrixServer.RG_WEB;
import static dev.cerulean.server.arm.MatrixServer.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.server.arm.MatrixServer.Caller;
import dev.cerulean.server.arm.MatrixServer.Snapshot;
import dev.cerulean.server.testing.TestReply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
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
 * by status and error code, and each deny shown to change nothing. The tokens that must never
 * get in are {@link ArmTokenRefusalsTest}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArmAuthorizationMatrixTest {
    private MatrixServer server;
    private final AtomicInteger serial = new AtomicInteger();

    @BeforeAll
    void start() throws Exception {
        server = new MatrixServer();
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    enum Op {
        GET_SUBSCRIPTION,
        LIST_GROUPS,
        PUT_GROUP,
        UPDATE_RG_WEB,
        DELETE_GROUP,
        PUT_ROLE_ASSIGNMENT,
        LIST_ROLE_ASSIGNMENTS,
        CHANGE_TENANT,
        PUT_IDENTITY,
        DELETE_IDENTITY
    }

    /** What a row expects: a status and, for refusals, ARM's error code. */
    record Expect(int status, String code) {
        @Override
        public String toString() {
            return code == null ? String.valueOf(status) : status + " " + code;
        }
    }

    private static final Expect OK = new Expect(200, null),
            CREATED = new Expect(201, null),
            DENIED = new Expect(403, "AuthorizationFailed"),
            WRONG_TENANT = new Expect(401, "InvalidAuthenticationTokenTenant");

    // --- the table -------------------------------------------------------------------------------

    /** Caller × operation → expected answer. Rows in the order of the list of callers. */
    static Stream<Arguments> matrix() {
        Map<Caller, List<Expect>> rows = new java.util.LinkedHashMap<>();
        // GET sub, list RGs, PUT new RG, PUT (update) rg-web, DELETE RG, PUT RA at rg-web, list RA, changeTenant,
        // PUT a user-assigned identity in rg-web, DELETE one
        rows.put(
                Caller.SERVICE_ADMIN,
                List.of(OK, OK, CREATED, OK, OK, CREATED, OK, passesAuthorization(), CREATED, OK));
        rows.put(
                Caller.CO_ADMIN,
                List.of(
                        OK,
                        OK,
                        CREATED,
                        OK,
                        OK,
                        CREATED,
                        OK,
                        new Expect(403, "CoAdministratorCannotChangeDirectory"),
                        CREATED,
                        OK));
        rows.put(Caller.OWNER_SUB, List.of(OK, OK, CREATED, OK, OK, CREATED, OK, passesAuthorization(), CREATED, OK));
        rows.put(Caller.CONTRIBUTOR_SUB, List.of(OK, OK, CREATED, OK, OK, DENIED, OK, requiresOwner(), CREATED, OK));
        rows.put(
                Caller.READER_SUB,
                List.of(OK, OK, DENIED, DENIED, DENIED, DENIED, OK, requiresOwner(), DENIED, DENIED));
        rows.put(Caller.OWNER_RG, List.of(OK, OK, DENIED, OK, DENIED, CREATED, DENIED, requiresOwner(), CREATED, OK));
        rows.put(
                Caller.CONTRIBUTOR_RG,
                List.of(OK, OK, DENIED, OK, DENIED, DENIED, DENIED, requiresOwner(), CREATED, OK));
        rows.put(
                Caller.READER_RG,
                List.of(OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED, requiresOwner(), DENIED, DENIED));
        rows.put(
                Caller.CONTRIBUTOR_RG_THROUGH_NESTED_GROUPS,
                List.of(OK, OK, DENIED, OK, DENIED, DENIED, DENIED, requiresOwner(), CREATED, OK));
        rows.put(
                Caller.GUEST_READER_SUB,
                List.of(OK, OK, DENIED, DENIED, DENIED, DENIED, OK, requiresOwner(), DENIED, DENIED));
        rows.put(
                Caller.MEMBER_NO_ROLE,
                List.of(DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, requiresOwner(), DENIED, DENIED));
        rows.put(
                Caller.OTHER_DIRECTORY_USER,
                List.of(
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT));
        rows.put(Caller.APP_CONTRIBUTOR, List.of(OK, OK, CREATED, OK, OK, DENIED, OK, requiresOwner(), CREATED, OK));
        rows.put(
                Caller.APP_NO_ROLE,
                List.of(DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, requiresOwner(), DENIED, DENIED));
        rows.put(
                Caller.APP_READER_SUB_THROUGH_GROUP,
                List.of(OK, OK, DENIED, DENIED, DENIED, DENIED, OK, requiresOwner(), DENIED, DENIED));
        rows.put(
                Caller.MANAGED_IDENTITY_READER_SUB,
                List.of(OK, OK, DENIED, DENIED, DENIED, DENIED, OK, requiresOwner(), DENIED, DENIED));
        rows.put(
                Caller.OTHER_DIRECTORY_APP,
                List.of(
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT,
                        WRONG_TENANT));
        rows.forEach((caller, row) -> assertThat(row)
                .as("a row per caller, a column per operation: %s", caller)
                .hasSize(Op.values().length));
        assertThat(rows.keySet()).containsExactly(Caller.values());
        return rows.entrySet().stream()
                .flatMap(row -> Stream.of(Op.values())
                        .map(op -> Arguments.of(row.getKey(), op, row.getValue().get(op.ordinal()))));
    }

    /** Authorized (an Owner), then refused because the caller is no user of the destination: the move is not made here. */
    private static Expect passesAuthorization() {
        return new Expect(403, "CallerNotInTargetDirectory");
    }

    private static Expect requiresOwner() {
        return new Expect(403, "RequiresOwner");
    }

    private static ResourceId identity(String name) {
        return ResourceId.of(Worlds.SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, name);
    }

    // --- the matrix -----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("matrix")
    void eachCallerIsAllowedOrRefusedEachOperation(Caller caller, Op op, Expect expected) throws Exception {
        String throwaway = "rg-gone-" + serial.incrementAndGet();
        if (op == DELETE_GROUP) {
            server.ports.transactions().inTransaction(() -> {
                server.ports
                        .resourceGroups()
                        .add(new ResourceGroup(Worlds.SUBSCRIPTION, throwaway, "westeurope", Map.of()));
                return null;
            });
        }
        String identityGone = "id-gone-" + serial.incrementAndGet();
        if (op == DELETE_IDENTITY) {
            server.ports.transactions().inTransaction(() -> {
                server.ports
                        .resources()
                        .add(new Resource(
                                identity(identityGone),
                                "westeurope",
                                null,
                                new Resource.ManagedIdentity(
                                        new ObjectId(UUID.randomUUID()), Worlds.DEFAULT_DIRECTORY, true)));
                return null;
            });
        }
        String newIdentity = "id-new-" + serial.incrementAndGet();
        String newGroup = "rg-new-" + serial.incrementAndGet();
        String assignment = UUID.randomUUID().toString();
        Snapshot before = server.snapshot();

        TestReply reply = switch (op) {
            case GET_SUBSCRIPTION -> server.send(caller, "GET", SUB + "?api-version=2022-12-01", null);
            case LIST_GROUPS -> server.send(caller, "GET", SUB + "/resourcegroups?api-version=2024-03-01", null);
            case PUT_GROUP ->
                server.send(
                        caller,
                        "PUT",
                        SUB + "/resourcegroups/" + newGroup + "?api-version=2024-03-01",
                        "{\"location\":\"westeurope\"}");
            case UPDATE_RG_WEB ->
                server.send(
                        caller,
                        "PUT",
                        RG_WEB + "?api-version=2024-03-01",
                        "{\"location\":\"westeurope\",\"tags\":{\"touchedBy\":\"" + caller + "\"}}");
            case DELETE_GROUP ->
                server.send(caller, "DELETE", SUB + "/resourcegroups/" + throwaway + "?api-version=2024-03-01", null);
            case PUT_ROLE_ASSIGNMENT ->
                server.send(
                        caller,
                        "PUT",
                        RG_WEB + RA + "/" + assignment + "?api-version=2022-04-01",
                        "{\"properties\":{\"roleDefinitionId\":\"" + SUB
                                + "/providers/Microsoft.Authorization/roleDefinitions/" + BuiltInRoles.READER.id()
                                + "\",\"principalId\":\"" + GRANTEE + "\",\"principalType\":\"User\"}}");
            case LIST_ROLE_ASSIGNMENTS -> server.send(caller, "GET", SUB + RA + "?api-version=2022-04-01", null);
            case CHANGE_TENANT ->
                server.send(
                        caller,
                        "PUT",
                        SUB + "/providers/Microsoft.Subscription/changeTenantRequest/default"
                                + "?api-version=2024-08-01-preview",
                        "{\"properties\":{\"destinationTenantId\":\"" + Worlds.CONTOSO + "\"}}");
            case PUT_IDENTITY ->
                server.send(
                        caller,
                        "PUT",
                        identity(newIdentity) + "?api-version=2023-01-31",
                        "{\"location\":\"westeurope\"}");
            case DELETE_IDENTITY ->
                server.send(caller, "DELETE", identity(identityGone) + "?api-version=2023-01-31", null);
        };

        assertThat(reply.status()).as("%s %s: %s", caller, op, reply.body()).isEqualTo(expected.status());
        assertThat(reply.errorCode())
                .as("%s %s: %s", caller, op, reply.body())
                .isEqualTo(expected.code() == null ? "" : expected.code());
        if (expected.status() >= 400) {
            assertThat(server.snapshot()).as("a refusal changes nothing").isEqualTo(before);
            if (expected.status() == 401)
                assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer authorization_uri=");
            return;
        }
        switch (op) {
            case GET_SUBSCRIPTION ->
                assertThat(reply.json().path("subscriptionId").asText()).isEqualTo(Worlds.SUBSCRIPTION.toString());
            case LIST_GROUPS ->
                assertThat(reply.json().path("value").findValuesAsText("name")).contains("rg-web");
            case PUT_GROUP -> {
                assertThat(server.ports.resourceGroups().byName(Worlds.SUBSCRIPTION, newGroup))
                        .isPresent();
                server.ports.transactions().inTransaction(() -> {
                    server.ports.resourceGroups().remove(Worlds.SUBSCRIPTION, newGroup);
                    return null;
                });
            }
            case UPDATE_RG_WEB ->
                assertThat(reply.json().path("tags").path("touchedBy").asText()).isEqualTo(caller.name());
            case DELETE_GROUP ->
                assertThat(server.ports.resourceGroups().byName(Worlds.SUBSCRIPTION, throwaway))
                        .isEmpty();
            case PUT_ROLE_ASSIGNMENT -> {
                assertThat(before.assignments() + 1).isEqualTo(server.snapshot().assignments());
                server.ports.transactions().inTransaction(() -> {
                    server.ports.roleAssignments().remove(RoleAssignmentId.of(assignment));
                    return null;
                });
            }
            case PUT_IDENTITY -> {
                assertThat(reply.json().path("properties").path("tenantId").asText())
                        .isEqualTo(Worlds.DEFAULT_DIRECTORY.toString());
                server.ports.transactions().inTransaction(() -> {
                    server.ports.resources().remove(identity(newIdentity));
                    return null;
                });
            }
            case DELETE_IDENTITY ->
                assertThat(server.ports.resources().byId(identity(identityGone)))
                        .isEmpty();
            case LIST_ROLE_ASSIGNMENTS ->
                assertThat(reply.json().path("value").size()).isEqualTo(before.assignments());
            case CHANGE_TENANT -> throw new AssertionError("the matrix expects no directory change to go through");
        }
    }

    @Test
    void everyCallerOfTheMatrixGotARealTokenFromTheTokenEndpoint() throws Exception {
        for (Caller c : Caller.values()) {
            JWTClaimsSet claims = SignedJWT.parse(server.tokenOf(c)).getJWTClaimsSet();
            assertThat(claims.getIssuer()).as(c.name()).startsWith(server.base + "/");
            assertThat(claims.getAudience())
                    .as(c.name())
                    .singleElement()
                    .isIn("https://management.core.windows.net/", "https://management.azure.com");
            String tid = c == Caller.OTHER_DIRECTORY_USER || c == Caller.OTHER_DIRECTORY_APP
                    ? Worlds.CONTOSO.toString()
                    : DEFAULT.toString();
            assertThat(claims.getStringClaim("tid")).as(c.name()).isEqualTo(tid);
        }
    }

    @Test
    void aRoleRemovedAfterTheTokenWasIssuedNoLongerCounts() throws Exception {
        var reader = ObjectId.of(server.claimsOf(Caller.READER_SUB).getStringClaim("oid"));
        var ports = server.ports;
        var held = ports.transactions()
                .inTransaction(() -> ports.roleAssignments().of(Worlds.SUBSCRIPTION).stream()
                        .filter(a -> a.principalId().equals(reader))
                        .findFirst()
                        .orElseThrow());
        assertThat(server.send(Caller.READER_SUB, "GET", SUB + "?api-version=2022-12-01", null)
                        .status())
                .isEqualTo(200);
        try {
            ports.transactions().inTransaction(() -> {
                ports.roleAssignments().remove(held.id());
                ports.subscriptions()
                        .touch(Worlds.SUBSCRIPTION); // as every writer does: the access cache follows the version
                return null;
            });

            var r = server.send(Caller.READER_SUB, "GET", SUB + "?api-version=2022-12-01", null);

            assertThat(r.status()).isEqualTo(403);
            assertThat(r.errorCode()).isEqualTo("AuthorizationFailed");
        } finally {
            ports.transactions().inTransaction(() -> {
                ports.roleAssignments().add(held);
                ports.subscriptions().touch(Worlds.SUBSCRIPTION);
                return null;
            });
        }
    }
}
