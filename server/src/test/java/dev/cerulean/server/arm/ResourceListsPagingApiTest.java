package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lists of resource groups and resources a page at a time, as ARM answers them: at most 100
 * (or {@code $top}) a page, then an absolute {@code nextLink} with {@code $skiptoken} while more
 * remain; each page is read and cut by the store among what the caller may read.
 */
class ResourceListsPagingApiTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private final ArmTestServer arm = new ArmTestServer();

    @AfterEach
    void stop() {
        arm.close();
    }

    /** The names on every page from {@code first}, following nextLink, and each page's size. */
    private List<String> follow(String first, String caller, List<Integer> sizes) {
        List<String> names = new ArrayList<>();
        String next = first;
        while (next != null) {
            var page = arm.get(next, caller);
            assertThat(page.status()).as(next).isEqualTo(200);
            JsonNode body = page.json();
            body.path("value").forEach(v -> names.add(v.path("name").asText()));
            sizes.add(body.path("value").size());
            next = body.hasNonNull("nextLink") ? body.path("nextLink").asText() : null;
            if (next != null) assertThat(next).startsWith(arm.base()).contains("$skiptoken=");
        }
        return names;
    }

    private void addGroups(int n) {
        for (int i = 0; i < n; i++) {
            arm.ports()
                    .resourceGroups()
                    .add(new ResourceGroup(
                            Worlds.SUBSCRIPTION,
                            String.format(i % 2 == 0 ? "RG-%03d" : "rg-%03d", i),
                            "westeurope",
                            i % 3 == 0 ? Map.of("Env", "prod") : Map.of()));
        }
    }

    @Test
    void R26_groupsComeAHundredAPageInNameOrderAndAReaderOfOneGroupPagesOnlyIt() {
        addGroups(230);
        List<String> expected = new ArrayList<>(IntStream.range(0, 230)
                .mapToObj(i -> String.format(i % 2 == 0 ? "RG-%03d" : "rg-%03d", i))
                .toList());
        expected.add("rg-web");

        List<Integer> sizes = new ArrayList<>();
        assertThat(follow(SUB + "/resourcegroups?api-version=2024-03-01", "kelley", sizes))
                .containsExactlyElementsOf(expected);
        assertThat(sizes).containsExactly(100, 100, 31);

        List<Integer> small = new ArrayList<>();
        assertThat(follow(SUB + "/resourcegroups?$top=40&api-version=2024-03-01", "kelley", small))
                .hasSize(231);
        assertThat(small).containsExactly(40, 40, 40, 40, 40, 31);

        List<Integer> tagged = new ArrayList<>();
        assertThat(follow(
                        SUB + "/resourcegroups?$filter=tagName%20eq%20'env'%20and%20tagValue%20eq%20'prod'&$top=50",
                        "kelley",
                        tagged))
                .containsExactlyElementsOf(IntStream.range(0, 230)
                        .filter(i -> i % 3 == 0)
                        .mapToObj(i -> String.format(i % 2 == 0 ? "RG-%03d" : "rg-%03d", i))
                        .toList());
        assertThat(tagged).containsExactly(50, 27);

        assertThat(follow(SUB + "/resourcegroups", "sam", new ArrayList<>())).containsExactly("rg-web");
    }

    @Test
    void resourcesComeAPageAtATimeInTheSubscriptionAGroupAndTheIdentityLists() {
        for (int i = 0; i < 120; i++) {
            boolean identity = i % 4 == 0;
            arm.ports()
                    .resources()
                    .add(new Resource(
                            ResourceId.of(
                                    Worlds.SUBSCRIPTION,
                                    "rg-web",
                                    identity ? Resource.USER_ASSIGNED_IDENTITY : Resource.KEY_VAULT,
                                    String.format("r%03d", i)),
                            "westeurope",
                            Worlds.DEFAULT_DIRECTORY,
                            identity
                                    ? new Resource.ManagedIdentity(
                                            new ObjectId(UUID.randomUUID()), Worlds.DEFAULT_DIRECTORY, true)
                                    : null));
        }

        List<Integer> sizes = new ArrayList<>();
        List<String> all = follow(SUB + "/resources?api-version=2021-04-01", "kelley", sizes);
        assertThat(all).hasSize(arm.ports().resources().of(Worlds.SUBSCRIPTION).size());
        assertThat(sizes.get(0)).isEqualTo(100);

        List<Integer> inGroup = new ArrayList<>();
        assertThat(follow(SUB + "/resourceGroups/rg-web/resources?$top=25", "sam", inGroup))
                .containsAll(IntStream.range(0, 120)
                        .mapToObj(i -> String.format("r%03d", i))
                        .toList());
        assertThat(inGroup.get(0)).isEqualTo(25);

        List<Integer> identities = new ArrayList<>();
        assertThat(follow(
                        SUB + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities?$top=20",
                        "kelley",
                        identities))
                .containsExactlyElementsOf(IntStream.range(0, 120)
                        .filter(i -> i % 4 == 0)
                        .mapToObj(i -> String.format("r%03d", i))
                        .toList());
        assertThat(identities).containsExactly(20, 10);
    }

    @Test
    void aMalformedSkipTokenOrTopIs400() {
        for (String list : List.of(
                "/resourcegroups",
                "/resources",
                "/resourceGroups/rg-web/resources",
                "/providers/Microsoft.ManagedIdentity/userAssignedIdentities")) {
            var token = arm.get(SUB + list + "?$skiptoken=abc", "kelley");
            assertThat(token.status()).as(list).isEqualTo(400);
            assertThat(token.errorCode()).as(list).isEqualTo("InvalidSkipToken");
            assertThat(arm.get(SUB + list + "?$top=0", "kelley").errorCode())
                    .as(list)
                    .isEqualTo("InvalidTop");
        }
    }
}
