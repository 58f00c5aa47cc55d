package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.fixtures.Worlds;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /v1.0/servicePrincipals}, their appRoleAssignments, and directoryObjects/getByIds. */
class GraphServicePrincipalsTest {
    private static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    private static final String USER_READ_ALL = "df021288-bdef-4463-88db-98f22de89214";
    private final GraphWorld g = new GraphWorld();

    @AfterEach
    void stop() {
        g.close();
    }

    private JsonNode newApp() {
        return g.send("POST", "/v1.0/applications", "ga", "{\"displayName\":\"billing\"}")
                .json();
    }

    private JsonNode newServicePrincipal(String appId) {
        var r = g.send("POST", "/v1.0/servicePrincipals", "ga", "{\"appId\":\"" + appId + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private String graphServicePrincipalId() {
        JsonNode found = g.get("/v1.0/servicePrincipals?$filter=appId%20eq%20'" + GRAPH_APP_ID + "'", "megan")
                .json()
                .get("value");
        assertThat(found).hasSize(1);
        return found.get(0).get("id").asText();
    }

    @Test
    void aServicePrincipalIsMadeForAnAppOnceFoundByAppIdAndDeleted() {
        JsonNode app = newApp();
        String appId = app.get("appId").asText();

        JsonNode sp = newServicePrincipal(appId);
        String id = sp.get("id").asText();
        assertThat(id).isNotIn(appId, app.get("id").asText());
        assertThat(sp.get("appId").asText()).isEqualTo(appId);
        assertThat(sp.get("servicePrincipalType").asText()).isEqualTo("Application");

        JsonNode listed = g.get("/v1.0/servicePrincipals?$filter=appId%20eq%20'" + appId + "'", "app")
                .json()
                .get("value");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(id);
        assertThat(g.get("/v1.0/servicePrincipals/" + id, "megan")
                        .json()
                        .get("displayName")
                        .asText())
                .isEqualTo("billing");

        var second = g.send("POST", "/v1.0/servicePrincipals", "ga", "{\"appId\":\"" + appId + "\"}");
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().at("/error/code").asText()).isEqualTo("Request_MultipleObjectsWithSameKeyValue");

        assertThat(g.send("DELETE", "/v1.0/servicePrincipals/" + id, "ga", null).status())
                .isEqualTo(204);
        assertThat(g.get("/v1.0/servicePrincipals/" + id, "ga").status()).isEqualTo(404);
        // the application stays
        assertThat(g.get("/v1.0/applications/" + app.get("id").asText(), "ga").status())
                .isEqualTo(200);
    }

    @Test
    void theGraphServicePrincipalCarriesTheWellKnownAppRolesAndCannotBeDeleted() {
        String graph = graphServicePrincipalId();

        JsonNode sp = g.get("/v1.0/servicePrincipals/" + graph, "ga").json();
        assertThat(sp.get("displayName").asText()).isEqualTo("Microsoft Graph");
        assertThat(sp.get("appRoles")).anySatisfy(r -> {
            assertThat(r.get("value").asText()).isEqualTo("Directory.ReadWrite.All");
            assertThat(r.get("id").asText()).isEqualTo("19dbc75e-c2e2-444c-a770-ec69d8559fc7");
        });
        assertThat(g.send("DELETE", "/v1.0/servicePrincipals/" + graph, "ga", null)
                        .status())
                .isEqualTo(403);
        assertThat(g.send("POST", "/v1.0/servicePrincipals", "ga", "{\"appId\":\"" + GRAPH_APP_ID + "\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void appRoleAssignmentsGrantAndRevokeGraphApplicationPermissions() {
        String appId = newApp().get("appId").asText();
        String sp = newServicePrincipal(appId).get("id").asText();
        String graph = graphServicePrincipalId();
        String body = "{\"principalId\":\"" + sp + "\",\"resourceId\":\"" + graph + "\",\"appRoleId\":\""
                + USER_READ_ALL + "\"}";

        var created = g.send("POST", "/v1.0/servicePrincipals/" + sp + "/appRoleAssignments", "ga", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("appRoleId").asText()).isEqualTo(USER_READ_ALL);
        assertThat(created.json().get("resourceId").asText()).isEqualTo(graph);
        assertThat(created.json().get("principalType").asText()).isEqualTo("ServicePrincipal");
        String assignment = created.json().get("id").asText();
        assertThat(g.p.appRegistrations()
                        .byClientId(UUID.fromString(appId))
                        .orElseThrow()
                        .graphAppRoles())
                .containsExactly(GraphAppRoles.USER_READ_ALL);

        JsonNode listed = g.get("/v1.0/servicePrincipals/" + sp + "/appRoleAssignments", "megan")
                .json()
                .get("value");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(assignment);

        // only Global Administrators grant: an app with Directory.ReadWrite.All may not
        assertThat(g.send("POST", "/v1.0/servicePrincipals/" + sp + "/appRoleAssignments", "app", body)
                        .status())
                .isEqualTo(403);

        assertThat(g.send("DELETE", "/v1.0/servicePrincipals/" + sp + "/appRoleAssignments/" + assignment, "ga", null)
                        .status())
                .isEqualTo(204);
        assertThat(g.p.appRegistrations()
                        .byClientId(UUID.fromString(appId))
                        .orElseThrow()
                        .graphAppRoles())
                .isEmpty();
        assertThat(g.send("DELETE", "/v1.0/servicePrincipals/" + sp + "/appRoleAssignments/" + assignment, "ga", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRevokedRoleStopsWorkingInGraphAtOnce() {
        // app-readonly is demo-automation with User.Read.All in its token and its registration
        assertThat(g.get("/v1.0/users", "app-readonly").status()).isEqualTo(200);
        String assignment = ApplicationJson.assignmentId(
                Worlds.DEMO_AUTOMATION_SP, GraphAppRoles.IDS.get(GraphAppRoles.USER_READ_ALL));

        var revoked = g.send(
                "DELETE",
                "/v1.0/servicePrincipals/" + Worlds.DEMO_AUTOMATION_SP + "/appRoleAssignments/" + assignment,
                "kelley-default",
                null);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);

        assertThat(g.get("/v1.0/users", "app-readonly").status()).isEqualTo(403);
    }

    @Test
    void badAssignmentsAreBadRequestsAndChangeNothing() {
        String sp = Worlds.CONTOSO_AUTOMATION_SP.toString();
        String graph = graphServicePrincipalId();
        var before = g.state();

        var unknownRole = g.send(
                "POST",
                "/v1.0/servicePrincipals/" + sp + "/appRoleAssignments",
                "ga",
                "{\"principalId\":\"" + sp + "\",\"resourceId\":\"" + graph + "\",\"appRoleId\":\"" + UUID.randomUUID()
                        + "\"}");
        assertThat(unknownRole.status()).isEqualTo(400);
        var otherResource = g.send(
                "POST",
                "/v1.0/servicePrincipals/" + sp + "/appRoleAssignments",
                "ga",
                "{\"principalId\":\"" + sp + "\",\"resourceId\":\"" + sp + "\",\"appRoleId\":\"" + USER_READ_ALL
                        + "\"}");
        assertThat(otherResource.status()).isEqualTo(400);
        assertThat(otherResource.json().at("/error/message").asText()).contains("resourceId");
        assertThat(g.send("DELETE", "/v1.0/servicePrincipals/" + sp + "/appRoleAssignments/nonsense", "ga", null)
                        .status())
                .isEqualTo(404);
        assertThat(g.state()).isEqualTo(before);
    }

    @Test
    void getByIdsFindsUsersServicePrincipalsAndApplicationsInTheOrderAsked() {
        JsonNode app = newApp();
        String body = "{\"ids\":[\"" + Worlds.CONTOSO_AUTOMATION_SP + "\",\"" + Worlds.MEGAN_BOWEN + "\",\""
                + app.get("id").asText() + "\",\"" + UUID.randomUUID() + "\",\"" + Worlds.KELLEY_IN_DEFAULT + "\"]}";

        var r = g.send("POST", "/v1.0/directoryObjects/getByIds", "megan", body);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode value = r.json().get("value");
        assertThat(value)
                .extracting(o -> o.get("@odata.type").asText())
                .containsExactly(
                        "#microsoft.graph.servicePrincipal", "#microsoft.graph.user", "#microsoft.graph.application");
        assertThat(value.get(2).get("appId").asText())
                .isEqualTo(app.get("appId").asText());

        var usersOnly = g.send(
                "POST", "/v1.0/directoryObjects/getByIds", "megan", body.replace("]}", "],\"types\":[\"user\"]}"));
        assertThat(usersOnly.json().get("value")).hasSize(1);
        assertThat(g.send("POST", "/v1.0/directoryObjects/getByIds", "megan", "{\"ids\":[],\"types\":[\"user\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(g.send(
                                "POST",
                                "/v1.0/directoryObjects/getByIds",
                                "megan",
                                "{\"ids\":[\"" + Worlds.MEGAN_BOWEN + "\"],\"types\":[\"device\"]}")
                        .status())
                .isEqualTo(400);
    }
}
