package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.fixtures.Worlds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The permission matrix of applications and service principals (beside {@link GraphPermissionsTest}'s
 * of users and roles): each caller runs the operations in order on an app registered for the test
 * in its token's directory, reads first, the deletes last. Every refusal is
 * Authorization_RequestDenied and changes nothing.
 */
class GraphAppPermissionsTest {
    /** The app each run works on, registered with its service principal in the directory. */
    private record Target(DirectoryId directory, UUID clientId, ObjectId objectId, ObjectId sp, ObjectId member) {}

    private static final Target CONTOSO = new Target(
            Worlds.CONTOSO,
            UUID.fromString("7a000000-0000-4000-8000-000000000001"),
            ObjectId.of("7a000000-0000-4000-8000-000000000002"),
            ObjectId.of("7a000000-0000-4000-8000-000000000003"),
            Worlds.MEGAN_BOWEN);
    private static final Target DEFAULT = new Target(
            Worlds.DEFAULT_DIRECTORY,
            UUID.fromString("7b000000-0000-4000-8000-000000000001"),
            ObjectId.of("7b000000-0000-4000-8000-000000000002"),
            ObjectId.of("7b000000-0000-4000-8000-000000000003"),
            Worlds.SAM_READER);

    private record Operation(String name, String method, String path, String body) {}

    private static List<Operation> operations(Target t) {
        String app = "/v1.0/applications/" + t.objectId();
        String sp = "/v1.0/servicePrincipals/" + t.sp();
        String domainWrite =
                GraphAppRoles.IDS.get(GraphAppRoles.DOMAIN_READ_WRITE_ALL).toString();
        return List.of(
                new Operation("list applications", "GET", "/v1.0/applications", null),
                new Operation("get application", "GET", app, null),
                new Operation("list service principals", "GET", "/v1.0/servicePrincipals", null),
                new Operation("get service principal", "GET", sp, null),
                new Operation("app role assignments", "GET", sp + "/appRoleAssignments", null),
                new Operation(
                        "get by ids",
                        "POST",
                        "/v1.0/directoryObjects/getByIds",
                        "{\"ids\":[\"" + t.sp() + "\",\"" + t.objectId() + "\"]}"),
                new Operation("create application", "POST", "/v1.0/applications", "{\"displayName\":\"new\"}"),
                new Operation("rename application", "PATCH", app, "{\"displayName\":\"renamed\"}"),
                new Operation("add password", "POST", app + "/addPassword", "{}"),
                new Operation(
                        "add owner",
                        "POST",
                        app + "/owners/$ref",
                        "{\"@odata.id\":\"https://graph.microsoft.com/v1.0/directoryObjects/" + t.member() + "\"}"),
                new Operation(
                        "grant app role",
                        "POST",
                        sp + "/appRoleAssignments",
                        "{\"principalId\":\"" + t.sp() + "\",\"resourceId\":\""
                                + ApplicationJson.graphServicePrincipal(t.directory()) + "\",\"appRoleId\":\""
                                + domainWrite + "\"}"),
                new Operation("delete service principal", "DELETE", sp, null),
                new Operation("delete application", "DELETE", app, null));
    }

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("ga", CONTOSO, "200 200 200 200 200 200 201 204 200 204 201 204 204"),
                Arguments.of("useradmin", CONTOSO, "200 200 200 200 200 200 403 403 403 403 403 403 403"),
                Arguments.of("megan", CONTOSO, "200 200 200 200 200 200 403 403 403 403 403 403 403"),
                Arguments.of("guest-pending", CONTOSO, "403 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of("guest-accepted", DEFAULT, "403 200 403 200 200 200 403 403 403 403 403 403 403"),
                Arguments.of("outsider", CONTOSO, "403 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of("kelley-default", DEFAULT, "200 200 200 200 200 200 201 204 200 204 201 204 204"),
                Arguments.of("app", CONTOSO, "200 200 200 200 200 200 201 204 200 204 403 204 204"),
                Arguments.of("app-readonly", DEFAULT, "403 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of("app-noroles", CONTOSO, "403 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of("app-unbacked", DEFAULT, "403 403 403 403 403 403 403 403 403 403 403 403 403"),
                Arguments.of("app-elsewhere", DEFAULT, "403 403 403 403 403 403 403 403 403 403 403 403 403"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void eachCallerGetsExactlyItsPermissions(String caller, Target target, String expected) {
        List<Integer> statuses =
                Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        List<Operation> operations = operations(target);
        List<String> mismatches = new ArrayList<>();
        try (GraphWorld g = new GraphWorld()) {
            g.p.appRegistrations()
                    .add(new AppRegistration(
                            target.clientId(),
                            target.directory(),
                            target.sp(),
                            "target",
                            List.of(),
                            List.of(),
                            target.objectId(),
                            List.of()));
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
                    if (!code.equals("Authorization_RequestDenied")) mismatches.add(op.name() + ": code " + code);
                    if (!g.state().equals(before)) mismatches.add(op.name() + ": refused but changed the directory");
                } else if (op.method().equals("GET") && !g.state().equals(before)) {
                    mismatches.add(op.name() + ": a read changed the directory");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
