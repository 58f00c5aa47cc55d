package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1.0/applications} and {@code /v1.0/servicePrincipals} a page at a time: the pages, read
 * in the database, follow one another by {@code @odata.nextLink} in the order of the whole list,
 * with {@code $count} and {@code $filter} as one read answers them.
 */
class GraphAppListsPagingTest {
    private static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    private final GraphWorld g = new GraphWorld();

    @AfterEach
    void stop() {
        g.close();
    }

    private String newApp(String name) {
        var r = g.send("POST", "/v1.0/applications", "ga", "{\"displayName\":\"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("appId").asText();
    }

    private void newServicePrincipal(String appId) {
        var r = g.send("POST", "/v1.0/servicePrincipals", "ga", "{\"appId\":\"" + appId + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** Every item's appId, following nextLink from {@code first}; each page at most {@code top}. */
    private List<String> followed(String first, int top) {
        List<String> seen = new ArrayList<>();
        JsonNode page = g.get(first, "ga").json();
        while (true) {
            assertThat(page.get("value").size()).isBetween(1, top);
            page.get("value").forEach(v -> seen.add(v.get("appId").asText()));
            if (!page.has("@odata.nextLink")) return seen;
            page = g.get(page.get("@odata.nextLink").asText(), "ga").json();
        }
    }

    private List<String> whole(String path) {
        List<String> all = new ArrayList<>();
        g.get(path + "?$top=999", "ga")
                .json()
                .get("value")
                .forEach(v -> all.add(v.get("appId").asText()));
        return all;
    }

    @Test
    void applicationsArePagedByNameWithTheirCountAndFilter() {
        String zeta = newApp("zeta");
        String alpha = newApp("Alpha");
        newApp("beta");
        newApp("Gamma");
        List<String> all = whole("/v1.0/applications");

        assertThat(followed("/v1.0/applications?$top=2", 2)).containsExactlyElementsOf(all);
        assertThat(all).hasSizeGreaterThanOrEqualTo(4).contains(zeta, alpha).doesNotHaveDuplicates();
        assertThat(all.indexOf(alpha)).isLessThan(all.indexOf(zeta));
        JsonNode counted = g.get("/v1.0/applications?$top=1&$count=true", "ga").json();
        assertThat(counted.get("@odata.count").asInt()).isEqualTo(all.size());
        assertThat(counted.get("@odata.nextLink").asText()).contains("$skiptoken=1");
        JsonNode named = g.get("/v1.0/applications?$filter=displayName%20eq%20'ALPHA'&$count=true", "ga")
                .json();
        assertThat(named.get("@odata.count").asInt()).isEqualTo(1);
        assertThat(named.get("value").get(0).get("appId").asText()).isEqualTo(alpha);
        assertThat(g.get("/v1.0/applications?$filter=appId%20eq%20'no-guid'", "ga")
                        .json()
                        .get("value"))
                .isEmpty();
    }

    @Test
    void servicePrincipalsArePagedWithGraphsOwnFirst() {
        for (String name : List.of("one", "two", "three")) newServicePrincipal(newApp(name));
        newApp("no principal");
        List<String> all = whole("/v1.0/servicePrincipals");

        assertThat(all.get(0)).isEqualTo(GRAPH_APP_ID);
        assertThat(all).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
        for (int top = 1; top <= 3; top++) {
            assertThat(followed("/v1.0/servicePrincipals?$top=" + top, top)).containsExactlyElementsOf(all);
        }
        JsonNode second = g.get("/v1.0/servicePrincipals?$top=2&$skiptoken=1&$count=true", "ga")
                .json();
        assertThat(second.get("@odata.count").asInt()).isEqualTo(all.size());
        assertThat(second.get("value").get(0).get("appId").asText()).isEqualTo(all.get(1));
        JsonNode graph = g.get(
                        "/v1.0/servicePrincipals?$filter=displayName%20eq%20'microsoft%20graph'&$count=true", "ga")
                .json();
        assertThat(graph.get("@odata.count").asInt()).isEqualTo(1);
        assertThat(graph.get("value").get(0).get("appId").asText()).isEqualTo(GRAPH_APP_ID);
        JsonNode none = g.get("/v1.0/servicePrincipals?$filter=displayName%20eq%20'no%20principal'", "ga")
                .json();
        assertThat(none.get("value")).isEmpty();
    }
}
