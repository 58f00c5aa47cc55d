package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code $filter} on {@code /v1.0/users}: the expressions Graph clients use, and paging filtered lists. */
class GraphUserFiltersTest {
    private final GraphWorld g = new GraphWorld();

    @AfterEach
    void stop() {
        g.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void filterOnUserPrincipalNameMailAndMailNickname() {
        assertThat(upns("/v1.0/users?$filter=" + q("userPrincipalName eq 'Megan.Bowen@contoso.onmicrosoft.com'")))
                .containsExactly("megan.bowen@contoso.onmicrosoft.com");
        assertThat(upns("/v1.0/users?$filter=" + q("startswith(mail,'l')")))
                .containsExactly("lee.gu@contoso.onmicrosoft.com");
        assertThat(upns("/v1.0/users?$filter="
                        + q("mailNickname eq 'kelley.wall' or startswith(userPrincipalName,'meg')")))
                .containsExactly("kelley.wall@contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com");
        assertThat(upns("/v1.0/users?$filter="
                        + q("userType eq 'Guest' and (startswith(mail,'sam') or mail eq 'x@y.z')")))
                .hasSize(1);
        assertThat(g.get("/v1.0/users?$filter=" + q("jobTitle eq 'x'"), "megan").status())
                .isEqualTo(400);
    }

    @Test
    void aFilteredListIsPagedWithItsCountAndNextLinksKeepTheFilter() {
        String filter = "$filter=" + q("startswith(userPrincipalName,'') or mail eq 'none'");
        int all = g.get("/v1.0/users?$count=true", "megan")
                .json()
                .get("@odata.count")
                .asInt();
        // a condition the database evaluates, and one evaluated in memory, page alike
        for (String f : List.of("$filter=" + q("startswith(userPrincipalName,'')"), filter)) {
            var first =
                    g.get("/v1.0/users?" + f + "&$top=2&$count=true", "megan").json();
            assertThat(first.get("@odata.count").asInt()).as(f).isEqualTo(all);
            List<String> seen = new ArrayList<>();
            first.get("value").forEach(u -> seen.add(u.get("id").asText()));
            var page = first;
            while (page.has("@odata.nextLink")) {
                assertThat(page.get("@odata.nextLink").asText()).contains("filter");
                page = g.get(page.get("@odata.nextLink").asText(), "megan").json();
                page.get("value").forEach(u -> seen.add(u.get("id").asText()));
            }
            assertThat(seen).as(f).hasSize(all).doesNotHaveDuplicates();
        }
    }

    @Test
    void aFilterNarrowedInTheStoreListsAndCountsWhatTheWholeFilterKeeps() {
        List<String> expected = new ArrayList<>();
        g.get("/v1.0/users?$select=id,userType,accountEnabled,mail", "megan")
                .json()
                .get("value")
                .forEach(u -> {
                    if (u.get("userType").asText().equals("Member")
                            && u.get("accountEnabled").asBoolean()
                            && !"x@y.z".equals(u.get("mail").asText()))
                        expected.add(u.get("id").asText());
                });
        assertThat(expected).hasSizeGreaterThan(1);
        // the store selects the members; the rest of the expression is tested on what it read
        String f = "$filter=" + q("userType eq 'Member' and accountEnabled eq true and mail ne 'x@y.z'");

        var page = g.get("/v1.0/users?" + f + "&$top=1&$count=true", "megan").json();
        assertThat(page.get("@odata.count").asInt()).isEqualTo(expected.size());
        List<String> seen = new ArrayList<>();
        page.get("value").forEach(u -> seen.add(u.get("id").asText()));
        while (page.has("@odata.nextLink")) {
            page = g.get(page.get("@odata.nextLink").asText(), "megan").json();
            page.get("value").forEach(u -> seen.add(u.get("id").asText()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(upns("/v1.0/users?$filter=" + q("userType eq 'guest'")))
                .isNotEmpty()
                .allMatch(u -> u.contains("#EXT#"));
        String one = expected.get(0);
        assertThat(g.get("/v1.0/users?$filter=" + q("id eq '" + one + "' and accountEnabled eq true"), "megan")
                        .json()
                        .get("value"))
                .singleElement()
                .satisfies(u -> assertThat(u.get("id").asText()).isEqualTo(one));
    }

    private List<String> upns(String path) {
        var r = g.get(path, "megan");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> upns = new ArrayList<>();
        r.json().get("value").forEach(u -> upns.add(u.get("userPrincipalName").asText()));
        return upns;
    }
}
