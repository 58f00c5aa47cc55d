package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /v1.0/groups}, memberships and memberOf over HTTP, in Graph's shapes and errors. */
class GraphGroupsTest {
    private final GraphWorld g = new GraphWorld();

    @AfterEach
    void stop() {
        g.close();
    }

    private TestReply create(String token, String name) {
        return g.send("POST", "/v1.0/groups", token, """
                {"displayName":"%s","mailNickname":"%s","mailEnabled":false,"securityEnabled":true}""".formatted(
                        name, name.toLowerCase().replace(' ', '-')));
    }

    private String createdId(String token, String name) {
        TestReply reply = create(token, name);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private TestReply addMember(String group, String member, String token) {
        return g.send("POST", "/v1.0/groups/" + group + "/members/$ref", token, """
                {"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/%s"}""".formatted(member));
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("value").forEach(v -> out.add(v.get("id").asText()));
        return out;
    }

    @Test
    void aCreatedGroupIsASecurityGroupInGraphsShape() {
        TestReply reply = create("megan", "Web Operators");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode group = reply.json();
        assertThat(group.get("@odata.context").asText()).endsWith("/v1.0/$metadata#groups/$entity");
        assertThat(group.get("displayName").asText()).isEqualTo("Web Operators");
        assertThat(group.get("securityEnabled").asBoolean()).isTrue();
        assertThat(group.get("mailEnabled").asBoolean()).isFalse();
        assertThat(group.get("groupTypes")).isEmpty();
        assertThat(group.get("securityIdentifier").asText()).startsWith("S-1-12-1-");
        JsonNode owners = g.get("/v1.0/groups/" + group.get("id").asText() + "/owners", "ga")
                .json();
        assertThat(ids(owners)).containsExactly(Worlds.MEGAN_BOWEN.toString());
    }

    @Test
    void membersComePageByPageWithACountAndNextLinks() {
        String team = createdId("ga", "Team");
        List<String> expected = new ArrayList<>(List.of(Worlds.MEGAN_BOWEN.toString()));
        assertThat(addMember(team, Worlds.MEGAN_BOWEN.toString(), "ga").status())
                .isEqualTo(204);
        for (int i = 0; i < 4; i++) {
            String nested = createdId("ga", "Nested " + i);
            assertThat(addMember(team, nested, "ga").status()).isEqualTo(204);
            expected.add(nested);
        }

        JsonNode first = g.get("/v1.0/groups/" + team + "/members?$top=2&$count=true", "ga")
                .json();
        List<String> seen = new ArrayList<>(ids(first));
        assertThat(seen).hasSize(2);
        assertThat(first.get("@odata.count").asInt()).isEqualTo(5);
        JsonNode page = first;
        while (page.has("@odata.nextLink")) {
            page = g.get(page.get("@odata.nextLink").asText(), "ga").json();
            assertThat(page.get("value").size()).isBetween(1, 2);
            seen.addAll(ids(page));
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void UnsupportedGroupType_aMicrosoft365GroupIsABadRequest() {
        TestReply reply = g.send("POST", "/v1.0/groups", "ga", """
                {"displayName":"Team","mailNickname":"team","mailEnabled":true,"securityEnabled":false,
                 "groupTypes":["Unified"]}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asText()).isEqualTo("Request_BadRequest");
        assertThat(reply.json().at("/error/message").asText()).contains("UnsupportedGroupType");
        assertThat(g.p.groups().count(Worlds.CONTOSO, GroupFilter.ALL)).isEqualTo(1); // Contoso ops only
    }

    @Test
    void creatingWithMembersAndOwnersBindsThemInOneStepOrNotAtAll() {
        TestReply refused = g.send("POST", "/v1.0/groups", "ga", """
                {"displayName":"Ops","mailNickname":"ops","mailEnabled":false,"securityEnabled":true,
                 "members@odata.bind":["https://graph.microsoft.com/v1.0/users/%s",
                                       "https://graph.microsoft.com/v1.0/users/0e000000-0000-4000-8000-0000000000ff"]}""".formatted(Worlds.LEE_GU));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(g.p.groups().count(Worlds.CONTOSO, GroupFilter.ALL)).isEqualTo(1); // Contoso ops only

        TestReply made = g.send("POST", "/v1.0/groups", "ga", """
                {"displayName":"Ops","mailNickname":"ops","mailEnabled":false,"securityEnabled":true,
                 "members@odata.bind":["https://graph.microsoft.com/v1.0/users/%s"],
                 "owners@odata.bind":["https://graph.microsoft.com/v1.0/users/%s"]}""".formatted(Worlds.LEE_GU, Worlds.MEGAN_BOWEN));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").asText();
        assertThat(ids(g.get("/v1.0/groups/" + id + "/members", "ga").json()))
                .containsExactly(Worlds.LEE_GU.toString());
        assertThat(ids(g.get("/v1.0/groups/" + id + "/owners", "ga").json()))
                .containsExactly(Worlds.MEGAN_BOWEN.toString());
    }

    @Test
    void listsAreFilteredAndPagedWithCounts() {
        createdId("ga", "Alpha");
        String beta = createdId("ga", "Beta");
        createdId("ga", "Alphabet");

        JsonNode page = g.get("/v1.0/groups?$top=2&$count=true", "megan").json();
        assertThat(page.get("@odata.count").asInt()).isEqualTo(4); // and Contoso ops
        assertThat(page.get("value")).hasSize(2);
        assertThat(page.get("@odata.nextLink").asText()).contains("$skiptoken=2");
        JsonNode filtered =
                g.get("/v1.0/groups?$filter=displayName%20eq%20'beta'", "app").json();
        assertThat(ids(filtered)).containsExactly(beta);
        JsonNode prefix = g.get("/v1.0/groups?$filter=startswith(displayName,'Alph')&$select=displayName", "megan")
                .json();
        assertThat(prefix.get("value")).hasSize(2);
        assertThat(prefix.get("value").get(0).has("mailNickname")).isFalse();
        TestReply unsupported = g.get("/v1.0/groups?$filter=description%20eq%20'x'", "megan");
        assertThat(unsupported.status()).isEqualTo(400);
    }

    @Test
    void membersNestedGroupsAndMemberOf() {
        String outer = createdId("ga", "Outer");
        String inner = createdId("ga", "Inner");
        assertThat(addMember(outer, inner, "ga").status()).isEqualTo(204);
        assertThat(addMember(inner, Worlds.LEE_GU.toString(), "ga").status()).isEqualTo(204);

        assertThat(ids(g.get("/v1.0/groups/" + outer + "/transitiveMembers", "megan")
                        .json()))
                .containsExactlyInAnyOrder(inner, Worlds.LEE_GU.toString());
        assertThat(ids(g.get("/v1.0/users/" + Worlds.LEE_GU + "/memberOf", "megan")
                        .json()))
                .contains(inner)
                .doesNotContain(outer);
        assertThat(ids(g.get("/v1.0/users/" + Worlds.LEE_GU + "/transitiveMemberOf", "megan")
                        .json()))
                .contains(inner, outer);
        TestReply check = g.send("POST", "/v1.0/users/" + Worlds.LEE_GU + "/checkMemberGroups", "megan", """
                {"groupIds":["%s","%s"]}""".formatted(
                        outer, Worlds.MEGAN_BOWEN));
        assertThat(check.json().get("value")).extracting(JsonNode::asText).containsExactly(outer);
        TestReply objects = g.send(
                "POST", "/v1.0/users/" + Worlds.LEE_GU + "/getMemberGroups", "app", "{\"securityEnabledOnly\":true}");
        assertThat(objects.json().get("value")).extracting(JsonNode::asText).containsExactlyInAnyOrder(inner, outer);
    }

    @Test
    void theGlobalAdministratorsMemberOfNamesItsDirectoryRole() {
        JsonNode memberOf = g.get("/v1.0/me/memberOf", "ga").json();

        assertThat(memberOf.get("value"))
                .anySatisfy(o -> assertThat(o.get("@odata.type").asText()).isEqualTo("#microsoft.graph.directoryRole"));
    }

    @Test
    void GroupMemberExists_GroupMembershipCycle_NotGroupMember_inGraphsErrors() {
        String outer = createdId("ga", "Outer");
        String inner = createdId("ga", "Inner");
        addMember(outer, inner, "ga");

        TestReply twice = addMember(outer, inner, "ga");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().at("/error/message").asText())
                .contains("One or more added object references already exist");
        TestReply cycle = addMember(inner, outer, "ga");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().at("/error/message").asText()).contains("GroupMembershipCycle");
        TestReply notThere =
                g.send("DELETE", "/v1.0/groups/" + outer + "/members/" + Worlds.LEE_GU + "/$ref", "ga", null);
        assertThat(notThere.status()).isEqualTo(404);
        assertThat(notThere.json().at("/error/code").asText()).isEqualTo("Request_ResourceNotFound");
    }

    @Test
    void whoMayChangeAGroup() {
        String id = createdId("megan", "Megans");

        // a User Administrator may, though it owns nothing; an app granted only User.Read.All may not
        assertThat(addMember(id, Worlds.LEE_GU.toString(), "useradmin").status())
                .isEqualTo(204);
        assertThat(addMember(id, Worlds.MEGAN_BOWEN.toString(), "app-readonly").status())
                .isEqualTo(403);
        assertThat(g.send("PATCH", "/v1.0/groups/" + id, "outsider", "{\"displayName\":\"Mine\"}")
                        .status())
                .isEqualTo(403);
        assertThat(g.send("PATCH", "/v1.0/groups/" + id, "megan", "{\"description\":\"Megan's\"}")
                        .status())
                .isEqualTo(204);
        assertThat(g.get("/v1.0/groups/" + id, "megan")
                        .json()
                        .get("description")
                        .asText())
                .isEqualTo("Megan's");
        assertThat(g.send("DELETE", "/v1.0/groups/" + id, "megan", null).status())
                .isEqualTo(204);
        assertThat(g.get("/v1.0/groups/" + id, "megan").status()).isEqualTo(404);
        assertThat(g.p.groups().byId(Worlds.CONTOSO, ObjectId.of(id))).isEmpty();
    }

    @Test
    void getByIdsFindsGroupsBesideUsers() {
        String id = createdId("ga", "Ops");

        TestReply found = g.send(
                "POST",
                "/v1.0/directoryObjects/getByIds",
                "ga",
                "{\"ids\":[\"" + id + "\",\"" + Worlds.LEE_GU + "\"],\"types\":[\"group\",\"user\"]}");

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("value"))
                .extracting(v -> v.get("@odata.type").asText())
                .containsExactly("#microsoft.graph.group", "#microsoft.graph.user");
    }

    @Test
    void malformedIdsAndReferencesAreBadRequests() {
        assertThat(g.get("/v1.0/groups/not-a-guid", "megan").status()).isEqualTo(400);
        String id = createdId("ga", "Ops");
        TestReply badRef = g.send("POST", "/v1.0/groups/" + id + "/members/$ref", "ga", "{\"@odata.id\":\"nope\"}");
        assertThat(badRef.status()).isEqualTo(400);
        assertThat(badRef.json().at("/error/code").asText()).isEqualTo("Request_BadRequest");
        TestReply extra = g.send("POST", "/v1.0/groups", "ga", """
                {"displayName":"X","mailNickname":"x","mailEnabled":false,"securityEnabled":true,"visibility":"Private"}""");
        assertThat(extra.status()).isEqualTo(400);
    }
}
