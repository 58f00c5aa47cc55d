package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.fixtures.Worlds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Directory permissions, caller by caller: each operation in order (reads first, the delete
 * last), with the status each caller must get. Every refusal is Authorization_RequestDenied
 * (or the /me-needs-a-person 400) and changes nothing.
 */
class GraphPermissionsTest {
    private static final String GA = "62e90394-69f5-4237-9190-012177145e10";
    private static final String GUEST_INVITER = "95e79109-95c0-4d8e-aee3-d01accf2d47b";

    /** The directory-specific values an operation needs: the token tenant's users and domain. */
    private record Target(
            DirectoryId directory, ObjectId someone, ObjectId member, String domain, String invitee, ObjectId group) {}

    private static final Target CONTOSO = new Target(
            Worlds.CONTOSO,
            Worlds.KELLEY_CONTOSO,
            Worlds.MEGAN_BOWEN,
            "contoso.onmicrosoft.com",
            GraphWorld.DANA,
            GraphWorld.CONTOSO_GROUP);
    private static final Target DEFAULT = new Target(
            Worlds.DEFAULT_DIRECTORY,
            Worlds.KELLEY_IN_DEFAULT,
            Worlds.SAM_READER,
            "kelleywalloutlook.onmicrosoft.com",
            "megan.bowen@contoso.onmicrosoft.com",
            GraphWorld.DEFAULT_GROUP);

    private record Operation(String name, String method, String path, String body) {}

    private static List<Operation> operations(Target t) {
        return List.of(
                new Operation("organization", "GET", "/v1.0/organization", null),
                new Operation("domains", "GET", "/v1.0/domains", null),
                new Operation("list users", "GET", "/v1.0/users", null),
                new Operation("get user", "GET", "/v1.0/users/" + t.someone(), null),
                new Operation("me", "GET", "/v1.0/me", null),
                new Operation("directory roles", "GET", "/v1.0/directoryRoles", null),
                new Operation("role members", "GET", "/v1.0/directoryRoles/roleTemplateId=" + GA + "/members", null),
                new Operation("role assignments", "GET", "/v1.0/roleManagement/directory/roleAssignments", null),
                new Operation(
                        "create user",
                        "POST",
                        "/v1.0/users",
                        "{\"accountEnabled\":true,\"displayName\":\"Nestor\","
                                + "\"mailNickname\":\"nestor\",\"userPrincipalName\":\"nestor@" + t.domain() + "\","
                                + "\"passwordProfile\":{\"password\":\"Sp4rkly-Dawn\"}}"),
                new Operation("update user", "PATCH", "/v1.0/users/" + t.member(), "{\"displayName\":\"Renamed\"}"),
                new Operation(
                        "invite",
                        "POST",
                        "/v1.0/invitations",
                        "{\"invitedUserEmailAddress\":\"" + t.invitee()
                                + "\",\"inviteRedirectUrl\":\"https://example.com\"}"),
                new Operation(
                        "assign role",
                        "POST",
                        "/v1.0/roleManagement/directory/roleAssignments",
                        "{\"principalId\":\"" + t.member() + "\",\"roleDefinitionId\":\"" + GUEST_INVITER
                                + "\",\"directoryScopeId\":\"/\"}"),
                new Operation(
                        "add role member",
                        "POST",
                        "/v1.0/directoryRoles/roleTemplateId=" + GA + "/members/$ref",
                        "{\"@odata.id\":\"https://localhost:8444/v1.0/directoryObjects/" + t.member() + "\"}"),
                new Operation("list groups", "GET", "/v1.0/groups", null),
                new Operation(
                        "create group",
                        "POST",
                        "/v1.0/groups",
                        "{\"displayName\":\"Ops\",\"mailNickname\":\"ops\",\"mailEnabled\":false,"
                                + "\"securityEnabled\":true}"),
                new Operation(
                        "add group member",
                        "POST",
                        "/v1.0/groups/" + t.group() + "/members/$ref",
                        "{\"@odata.id\":\"https://localhost:8444/v1.0/directoryObjects/" + t.member() + "\"}"),
                new Operation("delete user", "DELETE", "/v1.0/users/" + t.member(), null));
    }

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("ga", CONTOSO, "200 200 200 200 200 200 200 200 201 204 201 201 204 200 201 204 204"),
                Arguments.of(
                        "useradmin", CONTOSO, "200 200 200 200 200 200 200 200 201 204 201 403 403 200 201 204 204"),
                Arguments.of("megan", CONTOSO, "200 200 200 200 200 200 200 200 403 403 403 403 403 200 201 403 403"),
                Arguments.of(
                        "guest-pending",
                        CONTOSO,
                        "403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of(
                        "guest-accepted",
                        DEFAULT,
                        "403 403 403 200 200 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of(
                        "outsider", CONTOSO, "403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of(
                        "kelley-default",
                        DEFAULT,
                        "200 200 200 200 200 200 200 200 201 204 201 201 204 200 201 204 204"),
                Arguments.of("app", CONTOSO, "200 200 200 200 400 200 200 200 201 204 201 403 403 200 201 204 204"),
                Arguments.of(
                        "app-readonly", DEFAULT, "403 403 200 200 400 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of(
                        "app-noroles", CONTOSO, "403 403 403 403 400 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of(
                        "app-unbacked", DEFAULT, "403 403 403 403 400 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of(
                        "app-elsewhere",
                        DEFAULT,
                        "403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void eachCallerGetsExactlyItsPermissions(String caller, Target target, String expected) {
        List<Integer> statuses =
                Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        List<Operation> operations = operations(target);
        List<String> mismatches = new ArrayList<>();
        try (GraphWorld g = new GraphWorld()) {
            for (int i = 0; i < operations.size(); i++) {
                Operation op = operations.get(i);
                var before = g.state();
                var r = g.send(op.method(), op.path(), caller, op.body());
                if (r.status() != statuses.get(i)) {
                    mismatches.add(op.name() + ": " + r.status() + " instead of " + statuses.get(i) + " " + r.body());
                    continue;
                }
                if (r.status() >= 400) {
                    String code = r.json().at("/error/code").asText();
                    String wanted = r.status() == 403 ? "Authorization_RequestDenied" : "Request_BadRequest";
                    if (!code.equals(wanted)) mismatches.add(op.name() + ": code " + code);
                    if (!g.state().equals(before)) mismatches.add(op.name() + ": refused but changed the directory");
                } else if (op.method().equals("GET") && !g.state().equals(before)) {
                    mismatches.add(op.name() + ": a read changed the directory");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theTokenTenantDecidesTheDirectory() {
        try (GraphWorld g = new GraphWorld()) {
            // Kelley's Default Directory token sees Default Directory, never Contoso's users.
            assertThat(g.get("/v1.0/users/" + Worlds.MEGAN_BOWEN, "kelley-default")
                            .status())
                    .isEqualTo(404);
            assertThat(g.get("/v1.0/organization", "kelley-default")
                            .json()
                            .at("/value/0/id")
                            .asText())
                    .isEqualTo(Worlds.DEFAULT_DIRECTORY.toString());
            var before = g.state();
            assertThat(g.send("DELETE", "/v1.0/users/" + Worlds.MEGAN_BOWEN, "kelley-default", null)
                            .status())
                    .isEqualTo(404);
            assertThat(g.state()).isEqualTo(before);
        }
    }

    @Test
    void unknownOrMissingTokensAre401() {
        try (GraphWorld g = new GraphWorld()) {
            var before = g.state();
            assertThat(g.get("/v1.0/users", "nobody").status()).isEqualTo(401);
            assertThat(g.send("POST", "/v1.0/users", null, "{}")
                            .json()
                            .at("/error/code")
                            .asText())
                    .isEqualTo("InvalidAuthenticationToken");
            assertThat(g.state()).isEqualTo(before);
        }
    }
}
