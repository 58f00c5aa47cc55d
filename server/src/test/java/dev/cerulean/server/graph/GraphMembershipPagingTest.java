package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code memberOf}, {@code transitiveMemberOf} and {@code transitiveMembers} a page at a time: the
 * groups or members are read in the database page by page, and the pages follow one another by
 * {@code @odata.nextLink} in the order of the whole list (groups by name, then a user's directory
 * roles), with {@code $count} the whole list's size.
 */
class GraphMembershipPagingTest {
    private final GraphWorld g = new GraphWorld();

    @AfterEach
    void stop() {
        g.close();
    }

    private String group(String name) {
        TestReply reply = g.send("POST", "/v1.0/groups", "ga", """
                {"displayName":"%s","mailNickname":"%s","mailEnabled":false,"securityEnabled":true}""".formatted(
                        name, name.toLowerCase().replace(' ', '-')));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private void add(String group, String member) {
        TestReply reply = g.send("POST", "/v1.0/groups/" + group + "/members/$ref", "ga", """
                {"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/%s"}""".formatted(member));
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }

    /** Each item's id and type, following nextLink from {@code first}; each page at most {@code top}. */
    private List<String> followed(String first, int top) {
        List<String> seen = new ArrayList<>();
        JsonNode page = g.get(first, "ga").json();
        while (true) {
            assertThat(page.get("value").size()).isBetween(1, top);
            page.get("value").forEach(v -> seen.add(item(v)));
            if (!page.has("@odata.nextLink")) return seen;
            page = g.get(page.get("@odata.nextLink").asText(), "ga").json();
        }
    }

    private static String item(JsonNode v) {
        return v.get("@odata.type").asText() + " " + v.get("id").asText();
    }

    private List<String> whole(String path) {
        JsonNode all = g.get(path + "?$top=999&$count=true", "ga").json();
        List<String> items = new ArrayList<>();
        all.get("value").forEach(v -> items.add(item(v)));
        assertThat(all.get("@odata.count").asInt()).isEqualTo(items.size());
        return items;
    }

    @Test
    void aUsersGroupsComePageByPageByNameThenItsDirectoryRoles() {
        String me = g.get("/v1.0/me", "ga").json().get("id").asText();
        String outer = group("Outer");
        String inner = group("inner");
        add(outer, inner);
        for (String name : List.of("Zulu", "alpha", "Mike")) add(group(name), me);
        add(inner, me);

        for (String path : List.of("/v1.0/me/memberOf", "/v1.0/users/" + me + "/transitiveMemberOf")) {
            List<String> all = whole(path);
            assertThat(all.get(0))
                    .endsWith(" "
                            + g.get("/v1.0/groups?$filter=displayName%20eq%20'alpha'", "ga")
                                    .json()
                                    .at("/value/0/id")
                                    .asText());
            assertThat(all.get(all.size() - 1)).startsWith("#microsoft.graph.directoryRole ");
            for (int top = 1; top <= 3; top++) {
                assertThat(followed(path + "?$top=" + top, top)).as(path).containsExactlyElementsOf(all);
            }
            JsonNode counted =
                    g.get(path + "?$top=2&$skiptoken=3&$count=true", "ga").json();
            assertThat(counted.get("@odata.count").asInt()).isEqualTo(all.size());
            assertThat(item(counted.get("value").get(0))).isEqualTo(all.get(3));
        }
        assertThat(whole("/v1.0/users/" + me + "/transitiveMemberOf"))
                .hasSize(whole("/v1.0/me/memberOf").size() + 1)
                .anySatisfy(i -> assertThat(i).endsWith(outer));
    }

    @Test
    void transitiveMembersComePageByPageEachOnce() {
        String top = group("Top");
        String middle = group("Middle");
        add(top, middle);
        add(top, Worlds.LEE_GU.toString());
        add(middle, Worlds.LEE_GU.toString());
        add(middle, Worlds.MEGAN_BOWEN.toString());
        for (int i = 0; i < 3; i++) {
            String nested = group("Nested " + i);
            add(middle, nested);
        }
        String path = "/v1.0/groups/" + top + "/transitiveMembers";

        List<String> all = whole(path);
        assertThat(all).hasSize(6).doesNotHaveDuplicates();
        assertThat(followed(path + "?$top=2", 2)).containsExactlyElementsOf(all);
        JsonNode counted = g.get(path + "?$top=4&$count=true", "ga").json();
        assertThat(counted.get("@odata.count").asInt()).isEqualTo(6);
        assertThat(counted.get("@odata.nextLink").asText()).contains("$skiptoken=4");
        assertThat(g.get("/v1.0/groups/" + Worlds.LEE_GU + "/transitiveMembers", "ga")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDirectoryRolesMembersComePageByPage() {
        var roles = g.p.directoryRoles();
        for (var id : List.of(Worlds.MEGAN_BOWEN, Worlds.LEE_GU, Worlds.CONTOSO_AUTOMATION_SP))
            roles.assign(Worlds.CONTOSO, DirectoryRole.GlobalAdministrator, id);
        String path =
                "/v1.0/directoryRoles/roleTemplateId=" + DirectoryRole.GlobalAdministrator.templateId() + "/members";

        List<String> all = whole(path);
        assertThat(all)
                .hasSize(roles.members(Worlds.CONTOSO, DirectoryRole.GlobalAdministrator)
                        .size())
                .hasSizeGreaterThanOrEqualTo(3)
                .doesNotHaveDuplicates()
                .anySatisfy(i ->
                        assertThat(i).isEqualTo("#microsoft.graph.servicePrincipal " + Worlds.CONTOSO_AUTOMATION_SP));
        for (int top = 1; top <= 2; top++)
            assertThat(followed(path + "?$top=" + top, top)).containsExactlyElementsOf(all);

        // the directory's role assignments, role by role, paged the same way
        String assignments = "/v1.0/roleManagement/directory/roleAssignments";
        List<String> every = new ArrayList<>();
        JsonNode whole = g.get(assignments + "?$top=999&$count=true", "ga").json();
        whole.get("value").forEach(v -> every.add(v.get("id").asText()));
        assertThat(whole.get("@odata.count").asInt()).isEqualTo(every.size());
        assertThat(every).hasSizeGreaterThan(all.size()).doesNotHaveDuplicates();
        for (int top = 1; top <= 3; top++) {
            List<String> seen = new ArrayList<>();
            JsonNode page =
                    g.get(assignments + "?$top=" + top + "&$count=true", "ga").json();
            while (true) {
                assertThat(page.get("@odata.count").asInt()).isEqualTo(every.size());
                page.get("value").forEach(v -> seen.add(v.get("id").asText()));
                if (!page.has("@odata.nextLink")) break;
                page = g.get(page.get("@odata.nextLink").asText(), "ga").json();
            }
            assertThat(seen).containsExactlyElementsOf(every);
        }
        JsonNode lees = g.get(assignments + "?$filter=principalId%20eq%20'" + Worlds.LEE_GU + "'", "ga")
                .json();
        assertThat(lees.get("value"))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.get("principalId").asText()).isEqualTo(Worlds.LEE_GU.toString()));
    }
}
