package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fixtures.Worlds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Graph operations on the demo world, as a Graph client sees them. */
class GraphApiTest {
    private static final String GA = "62e90394-69f5-4237-9190-012177145e10";
    private final GraphWorld g = new GraphWorld();

    @AfterEach
    void stop() {
        g.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void organizationIsTheTokenTenantsDirectory() {
        var r = g.get("/v1.0/organization", "megan");

        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.get("@odata.context").asText()).isEqualTo(g.base() + "/v1.0/$metadata#organization");
        JsonNode org = json.get("value").get(0);
        assertThat(org.get("id").asText()).isEqualTo(Worlds.CONTOSO.toString());
        assertThat(org.get("displayName").asText()).isEqualTo("Contoso");
        assertThat(org.get("countryLetterCode").asText()).isEqualTo("US");
        assertThat(org.get("tenantType").asText()).isEqualTo("AAD");
        JsonNode domain = org.get("verifiedDomains").get(0);
        assertThat(domain.get("name").asText()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(domain.get("isDefault").asBoolean()).isTrue();
        assertThat(domain.get("isInitial").asBoolean()).isTrue();
        assertThat(domain.get("type").asText()).isEqualTo("Managed");
        assertThat(g.get("/v1.0/organization/" + Worlds.CONTOSO, "megan")
                        .json()
                        .get("displayName")
                        .asText())
                .isEqualTo("Contoso");
        assertThat(g.get("/v1.0/organization/" + Worlds.DEFAULT_DIRECTORY, "megan")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void domainsListAndGet() {
        var list = g.get("/v1.0/domains", "app").json();
        assertThat(list.get("value")).hasSize(1);
        assertThat(list.get("value").get(0).get("id").asText()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(list.get("value").get(0).get("isVerified").asBoolean()).isTrue();

        var one = g.get("/v1.0/domains/Contoso.onmicrosoft.com", "megan");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("isInitial").asBoolean()).isTrue();
        assertThat(g.get("/v1.0/domains/fabrikam.com", "megan")
                        .json()
                        .at("/error/code")
                        .asText())
                .isEqualTo("Request_ResourceNotFound");
    }

    @Test
    void usersListTheDefaultProjectionOfTheTokensDirectoryOnly() {
        var r = g.get("/v1.0/users", "megan");

        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.get("@odata.context").asText()).isEqualTo(g.base() + "/v1.0/$metadata#users");
        List<String> upns = new ArrayList<>();
        json.get("value").forEach(u -> upns.add(u.get("userPrincipalName").asText()));
        assertThat(upns)
                .containsExactly(
                        "kelley.wall@contoso.onmicrosoft.com",
                        "lee.gu@contoso.onmicrosoft.com",
                        "megan.bowen@contoso.onmicrosoft.com",
                        "sam.reader_kelleywalloutlook.onmicrosoft.com#EXT#@contoso.onmicrosoft.com");
        JsonNode megan = json.get("value").get(2);
        List<String> fields = new ArrayList<>();
        megan.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "businessPhones",
                        "displayName",
                        "givenName",
                        "jobTitle",
                        "mail",
                        "mobilePhone",
                        "officeLocation",
                        "preferredLanguage",
                        "surname",
                        "userPrincipalName",
                        "id");
        assertThat(megan.get("id").asText()).isEqualTo(Worlds.MEGAN_BOWEN.toString());
        assertThat(megan.get("businessPhones").isArray()).isTrue();
        assertThat(megan.get("jobTitle").isNull()).isTrue();
    }

    @Test
    void selectNamesTheProperties() {
        var r = g.get("/v1.0/users?$select=id,userType,externalUserState,creationType,identities", "ga");

        JsonNode json = r.json();
        assertThat(json.get("@odata.context").asText())
                .endsWith("#users(id,userType,externalUserState,creationType,identities)");
        JsonNode guest = json.get("value").get(3);
        assertThat(guest.get("userType").asText()).isEqualTo("Guest");
        assertThat(guest.get("externalUserState").asText()).isEqualTo("PendingAcceptance");
        assertThat(guest.get("creationType").asText()).isEqualTo("Invitation");
        assertThat(guest.has("displayName")).isFalse();
        assertThat(json.get("value")
                        .get(0)
                        .get("identities")
                        .get(0)
                        .get("signInType")
                        .asText())
                .isEqualTo("userPrincipalName");
        assertThat(g.get("/v1.0/users?$select=shoeSize", "ga")
                        .json()
                        .at("/error/message")
                        .asText())
                .contains("$select")
                .contains("shoeSize");
    }

    @Test
    void topPagesWithAbsoluteNextLinksThatKeepTheQuery() {
        List<String> seen = new ArrayList<>();
        String next = "/v1.0/users?$top=3&$select=id,userPrincipalName&$count=true";
        int pages = 0;
        while (next != null) {
            JsonNode page = g.get(next, "megan").json();
            assertThat(page.get("value").size()).isLessThanOrEqualTo(3);
            assertThat(page.get("@odata.count").asInt()).isEqualTo(4);
            page.get("value").forEach(u -> {
                seen.add(u.get("userPrincipalName").asText());
                assertThat(u.has("displayName")).isFalse();
            });
            next = page.has("@odata.nextLink") ? page.get("@odata.nextLink").asText() : null;
            if (next != null) assertThat(next).startsWith(g.base() + "/v1.0/users?");
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void getByIdOrUserPrincipalNameAndMe() {
        var byId = g.get("/v1.0/users/" + Worlds.LEE_GU, "megan").json();
        assertThat(byId.get("@odata.context").asText()).endsWith("$metadata#users/$entity");
        assertThat(byId.get("displayName").asText()).isEqualTo("Lee Gu");
        assertThat(g.get("/v1.0/users/LEE.GU@contoso.onmicrosoft.com", "megan")
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(Worlds.LEE_GU.toString());
        assertThat(g.get(
                                "/v1.0/users/"
                                        + q(
                                                "sam.reader_kelleywalloutlook.onmicrosoft.com#EXT#@contoso.onmicrosoft.com"),
                                "megan")
                        .status())
                .isEqualTo(200);
        assertThat(g.get("/v1.0/me?$select=id,userType", "megan")
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(Worlds.MEGAN_BOWEN.toString());
        assertThat(g.get("/v1.0/me", "app").json().at("/error/code").asText()).isEqualTo("Request_BadRequest");
        assertThat(g.get("/v1.0/users/" + Worlds.SAM_READER, "megan").status()).isEqualTo(404);
    }

    @Test
    void createUpdateAndDeleteAUser() {
        var created = g.send("POST", "/v1.0/users", "ga", """
                {"accountEnabled":true,"displayName":"Nestor Wilke","mailNickname":"nestor",
                 "userPrincipalName":"nestor@contoso.onmicrosoft.com",
                 "passwordProfile":{"forceChangePasswordNextSignIn":false,"password":"Sp4rkly-Dawn"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode user = created.json();
        assertThat(user.get("@odata.context").asText()).endsWith("#users/$entity");
        String id = user.get("id").asText();
        DirectoryUser stored =
                g.p.directoryUsers().byId(Worlds.CONTOSO, ObjectId.of(id)).orElseThrow();
        assertThat(g.p.passwordHasher().verify("Sp4rkly-Dawn", stored.password()))
                .isTrue();

        var patched = g.send("PATCH", "/v1.0/users/" + id, "useradmin", "{\"displayName\":\"Nestor W.\"}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(204);
        assertThat(g.get("/v1.0/users/" + id, "megan").json().get("displayName").asText())
                .isEqualTo("Nestor W.");

        var deleted = g.send("DELETE", "/v1.0/users/nestor@contoso.onmicrosoft.com", "app", null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(g.get("/v1.0/users/" + id, "megan").status()).isEqualTo(404);
    }

    @Test
    void duplicateUserIsABadRequestAndChangesNothing() {
        var before = g.state();
        var r = g.send("POST", "/v1.0/users", "ga", """
                {"accountEnabled":true,"displayName":"Megan","mailNickname":"megan.bowen",
                 "userPrincipalName":"megan.bowen@contoso.onmicrosoft.com","passwordProfile":{"password":"Sp4rkly-Dawn"}}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/message").asText()).contains("UserAlreadyExists");
        assertThat(g.state()).isEqualTo(before);
    }

    @Test
    void invitationCreatesAPendingGuestRedeemedOnTheMainPort() {
        var r = g.send("POST", "/v1.0/invitations", "ga", """
                {"invitedUserEmailAddress":"kelley.wall@contoso.onmicrosoft.com","inviteRedirectUrl":"https://myapps.example.com",
                 "sendInvitationMessage":false}""");
        // Kelley's Contoso account is already in Contoso: refused, nothing changes.
        assertThat(r.status()).isEqualTo(400);

        var before = g.p.directoryUsers().inDirectory(Worlds.DEFAULT_DIRECTORY).size();
        var invited = g.send("POST", "/v1.0/invitations", "kelley-default", """
                {"invitedUserEmailAddress":"megan.bowen@contoso.onmicrosoft.com","inviteRedirectUrl":"https://myapps.example.com",
                 "sendInvitationMessage":true}""");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        JsonNode json = invited.json();
        assertThat(json.get("status").asText()).isEqualTo("PendingAcceptance");
        assertThat(json.get("inviteRedeemUrl").asText())
                .startsWith("https://localhost:8443/redeem?tenant=" + Worlds.DEFAULT_DIRECTORY);
        String guestId = json.at("/invitedUser/id").asText();
        DirectoryUser guest = g.p.directoryUsers()
                .byId(Worlds.DEFAULT_DIRECTORY, ObjectId.of(guestId))
                .orElseThrow();
        assertThat(guest.invitationPending()).isTrue();
        assertThat(g.p.directoryUsers().inDirectory(Worlds.DEFAULT_DIRECTORY)).hasSize(before + 1);
    }

    /** The Graph SDK follows inviteRedeemUrl as given: it names the main port under the host the client used. */
    @Test
    void inviteRedeemUrlNamesTheHostTheClientUsedForGraph() {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(g.base().replace("localhost", "127.0.0.1") + "/v1.0/invitations"))
                .header("Authorization", "Bearer test:kelley-default")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"invitedUserEmailAddress":"megan.bowen@contoso.onmicrosoft.com","inviteRedirectUrl":"https://myapps.example.com"}"""))
                .build();

        var invited = g.send(request);

        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().get("inviteRedeemUrl").asText())
                .startsWith("https://127.0.0.1:8443/redeem?tenant=" + Worlds.DEFAULT_DIRECTORY);
    }

    @Test
    void directoryRolesAndTheirMembers() {
        JsonNode roles = g.get("/v1.0/directoryRoles", "megan").json();
        JsonNode global = null;
        for (JsonNode role : roles.get("value"))
            if (role.get("roleTemplateId").asText().equals(GA)) global = role;
        assertThat(global).isNotNull();
        assertThat(global.get("displayName").asText()).isEqualTo("Global Administrator");
        String roleId = global.get("id").asText();
        assertThat(roleId).isNotEqualTo(GA);

        for (String path : List.of(
                "/v1.0/directoryRoles/" + roleId + "/members",
                "/v1.0/directoryRoles/roleTemplateId=" + GA + "/members",
                "/v1.0/directoryRoles(roleTemplateId='" + GA + "')/members")) {
            var r = g.get(path, "app");
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
            assertThat(r.json().get("value")).hasSize(1);
            assertThat(r.json().get("value").get(0).get("@odata.type").asText()).isEqualTo("#microsoft.graph.user");
            assertThat(r.json().get("value").get(0).get("id").asText()).isEqualTo(Worlds.KELLEY_CONTOSO.toString());
        }

        var added = g.send(
                "POST",
                "/v1.0/directoryRoles/" + roleId + "/members/$ref",
                "ga",
                "{\"@odata.id\":\"https://graph.microsoft.com/v1.0/directoryObjects/" + Worlds.MEGAN_BOWEN + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(204);
        assertThat(g.p.directoryRoles().rolesOf(Worlds.CONTOSO, Worlds.MEGAN_BOWEN))
                .contains(DirectoryRole.GlobalAdministrator);
        var removed = g.send(
                "DELETE", "/v1.0/directoryRoles/" + roleId + "/members/" + Worlds.MEGAN_BOWEN + "/$ref", "ga", null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(g.p.directoryRoles().rolesOf(Worlds.CONTOSO, Worlds.MEGAN_BOWEN))
                .isEmpty();
    }

    @Test
    void roleAssignmentsCreateListGetDelete() {
        var created = g.send(
                "POST",
                "/v1.0/roleManagement/directory/roleAssignments",
                "ga",
                "{\"principalId\":\"" + Worlds.MEGAN_BOWEN + "\",\"roleDefinitionId\":\"" + GA
                        + "\",\"directoryScopeId\":\"/\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("directoryScopeId").asText()).isEqualTo("/");

        JsonNode list = g.get(
                        "/v1.0/roleManagement/directory/roleAssignments?$filter="
                                + q("principalId eq '" + Worlds.MEGAN_BOWEN + "'"),
                        "megan")
                .json();
        assertThat(list.get("value")).hasSize(1);
        assertThat(list.get("value").get(0).get("roleDefinitionId").asText()).isEqualTo(GA);
        assertThat(g.get("/v1.0/roleManagement/directory/roleAssignments/" + id, "megan")
                        .json()
                        .get("principalId")
                        .asText())
                .isEqualTo(Worlds.MEGAN_BOWEN.toString());

        assertThat(g.send("DELETE", "/v1.0/roleManagement/directory/roleAssignments/" + id, "ga", null)
                        .status())
                .isEqualTo(204);
        assertThat(g.get("/v1.0/roleManagement/directory/roleAssignments/" + id, "megan")
                        .status())
                .isEqualTo(404);
        assertThat(g.p.directoryRoles().rolesOf(Worlds.CONTOSO, Worlds.MEGAN_BOWEN))
                .isEmpty();
    }

    @Test
    void errorsCarryGraphsShapeAndRequestIds() {
        var r = g.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(g.base() + "/v1.0/users/" + Worlds.SAM_READER))
                        .header("Authorization", "Bearer test:megan")
                        .header("client-request-id", "abc-123")
                        .build());

        assertThat(r.status()).isEqualTo(404);
        JsonNode error = r.json().get("error");
        assertThat(error.get("code").asText()).isEqualTo("Request_ResourceNotFound");
        assertThat(error.get("message").asText()).contains(Worlds.SAM_READER.toString());
        assertThat(error.at("/innerError/date").asText()).isEqualTo("2017-06-01T09:00:00");
        assertThat(error.at("/innerError/client-request-id").asText()).isEqualTo("abc-123");
        assertThat(error.at("/innerError/request-id").asText())
                .isEqualTo(r.raw().headers().firstValue("request-id").orElseThrow());
        var anonymous = g.get("/v1.0/users", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().at("/error/code").asText()).isEqualTo("InvalidAuthenticationToken");
        assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(g.get("/v1.0/nothing", "megan").json().at("/error/code").asText())
                .isEqualTo("Request_BadRequest");
    }
}
