package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GET /subscriptions a page at a time as Azure answers it: fifty subscriptions, then an absolute
 * {@code nextLink} with {@code $skiptoken} while more remain, {@code count} "Partial" on those
 * pages and "Total" on the last; the store reads only the page asked for.
 */
class SubscriptionsPagingApiTest {
    private final ArmTestServer arm = new ArmTestServer();
    private final ClassicAdministrator kelley =
            new ClassicAdministrator(new Identity.Personal(Worlds.KELLEY_MSA), Email.of("kelley.wall@outlook.com"));

    @AfterEach
    void stop() {
        arm.close();
    }

    private Subscription add(String name, DirectoryId directory) {
        Subscription s = new Subscription(
                new SubscriptionId(java.util.UUID.randomUUID()),
                name,
                Offer.PAY_AS_YOU_GO,
                Subscription.SubscriptionState.Enabled,
                directory,
                kelley,
                kelley,
                false,
                0);
        arm.ports().subscriptions().add(s);
        return s;
    }

    @Test
    void R30_fiftyAPageWithAbsoluteNextLinksThroughEverySubscriptionInNameOrder() {
        for (int i = 0; i < 120; i++) add(String.format("Dev %03d", 119 - i), Worlds.DEFAULT_DIRECTORY);
        add("Contoso's", Worlds.CONTOSO);

        List<String> names = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = "/subscriptions?api-version=2022-12-01";
        JsonNode last = null;
        while (next != null) {
            var page = arm.get(next, "kelley");
            assertThat(page.status()).isEqualTo(200);
            last = page.json();
            last.path("value").forEach(s -> names.add(s.path("displayName").asText()));
            sizes.add(last.path("value").size());
            next = last.has("nextLink") ? last.path("nextLink").asText() : null;
            if (next != null) {
                assertThat(next)
                        .startsWith(arm.base() + "/subscriptions?")
                        .contains("api-version=2022-12-01")
                        .contains("$skiptoken=");
                assertThat(last.path("count").path("type").asText()).isEqualTo("Partial");
                assertThat(last.path("count").path("value").asInt()).isEqualTo(50);
            }
        }

        assertThat(sizes).containsExactly(50, 50, 21);
        assertThat(names).hasSize(121).doesNotHaveDuplicates().doesNotContain("Contoso's");
        assertThat(names.get(0)).isEqualTo("Dev 000");
        assertThat(names.get(119)).isEqualTo("Dev 119");
        assertThat(names.get(120)).isEqualTo("Pay-As-You-Go");
        assertThat(last.path("count").path("type").asText()).isEqualTo("Total");
        assertThat(last.path("count").path("value").asInt()).isEqualTo(121);
    }

    @Test
    void R30_oneListOfFiftyOrFewerHasNoNextLinkAndCountsItsTotal() {
        for (int i = 0; i < 49; i++) add("Dev " + i, Worlds.DEFAULT_DIRECTORY);

        var r = arm.get("/subscriptions?api-version=2022-12-01", "kelley");

        assertThat(r.json().path("value")).hasSize(50);
        assertThat(r.json().has("nextLink")).isFalse();
        assertThat(r.json().path("count").path("type").asText()).isEqualTo("Total");
        assertThat(r.json().path("count").path("value").asInt()).isEqualTo(50);
    }

    @Test
    void aSkipTokenPastTheEndIsAnEmptyLastPage() {
        var r = arm.get("/subscriptions?api-version=2022-12-01&$skiptoken=500", "kelley");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("value")).isEmpty();
        assertThat(r.json().has("nextLink")).isFalse();
    }

    @Test
    void aMalformedSkipTokenIs400InvalidSkipToken() {
        for (String token : List.of("abc", "-1", "99999999999", "1.5")) {
            var r = arm.get("/subscriptions?api-version=2022-12-01&$skiptoken=" + token, "kelley");

            assertThat(r.status()).as(token).isEqualTo(400);
            assertThat(r.errorCode()).as(token).isEqualTo("InvalidSkipToken");
            assertThat(r.json().path("error").path("target").asText()).isEqualTo("$skiptoken");
        }
    }
}
