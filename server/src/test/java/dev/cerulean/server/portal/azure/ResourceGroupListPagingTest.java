package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Azure portal's Resource groups and a group's resources a page of 50 at a time, read by the
 * store among what the caller may read, with a search of the names (what they contain).
 */
class ResourceGroupListPagingTest extends AzurePortalFixture {
    static final String GROUPS = SUBSCRIPTION + "/resourceGroups";

    private void manyGroups() {
        for (int i = 0; i < 120; i++) {
            ports.resourceGroups()
                    .add(new ResourceGroup(
                            Worlds.SUBSCRIPTION, String.format("rg-paged-%03d", i), "westeurope", Map.of()));
        }
    }

    private void manyResourcesInRgWeb() {
        for (int i = 0; i < 70; i++) {
            ports.resources()
                    .add(new Resource(
                            ResourceId.of(
                                    Worlds.SUBSCRIPTION,
                                    "rg-web",
                                    Resource.KEY_VAULT,
                                    String.format("kv-paged-%02d", i)),
                            "westeurope",
                            Worlds.DEFAULT_DIRECTORY,
                            null));
        }
    }

    @Test
    void groupsShowAPageAndALaterOneWithClearLinks() throws Exception {
        manyGroups();
        browser.signIn(KELLEY, PASSWORD, GROUPS);

        var first = browser.get(GROUPS);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(text(first.body()))
                .contains("Showing 1 to 50 of 121")
                .contains("rg-paged-049")
                .doesNotContain("rg-paged-050");
        assertThat(first.body())
                .contains("<a href=\"" + GROUPS + "?from=50\" rel=\"next\">Next page</a>")
                .contains("aria-label=\"Pages of the resource groups\"");
        var last = browser.get(GROUPS + "?from=100");
        assertThat(text(last.body()))
                .contains("Showing 101 to 121 of 121")
                .contains("rg-web")
                .doesNotContain("rg-paged-099");
        assertThat(last.body()).contains("<a href=\"" + GROUPS + "?from=50\" rel=\"prev\">Previous page</a>");
        // past the end (a stale link): the first page
        assertThat(text(browser.get(GROUPS + "?from=500").body())).contains("Showing 1 to 50 of 121");
    }

    @Test
    void groupsAreSearchedByWhatTheirNameContainsAndANoMatchSaysSoInBothLanguages() throws Exception {
        manyGroups();
        browser.signIn(KELLEY, PASSWORD, GROUPS);

        var found = browser.get(GROUPS + "?search=RG-PAGED-11");
        assertThat(text(found.body()))
                .contains("Showing 1 to 10 of 10")
                .contains("rg-paged-119")
                .doesNotContain("rg-web");
        assertThat(text(browser.get(GROUPS + "?search=WEB").body()))
                .contains("Showing 1 to 1 of 1")
                .contains("rg-web");
        assertThat(text(browser.get(GROUPS + "?search=northwind").body()))
                .contains("No resource group's name contains \"northwind\".");
        assertThat(text(browser.get(GROUPS + "?search=northwind&lang=sv").body()))
                .contains("Ingen resursgrupps namn innehåller \"northwind\".")
                .contains("Sök resursgrupper efter namn");
    }

    @Test
    void R26_aReaderOfOneGroupPagesOnlyThatGroup() throws Exception {
        manyGroups();
        browser.signIn(ResourceGroupPagesTest.SAM, PASSWORD, GROUPS);

        var page = browser.get(GROUPS);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body()))
                .contains("Showing 1 to 1 of 1")
                .contains("rg-web")
                .doesNotContain("rg-paged");
    }

    @Test
    void aGroupsResourcesComeAPageAtATimeAndAreSearched() throws Exception {
        manyResourcesInRgWeb();
        browser.signIn(KELLEY, PASSWORD, GROUPS + "/rg-web");

        var first = browser.get(GROUPS + "/rg-web");
        assertThat(text(first.body()))
                .contains("Showing 1 to 50 of 72")
                .contains("vm-web") // Microsoft.Compute before Microsoft.KeyVault: by id
                .contains("kv-paged-48")
                .doesNotContain("kv-paged-49");
        assertThat(first.body())
                .contains("<a href=\"" + GROUPS + "/rg-web?from=50\" rel=\"next\">Next page</a>")
                .contains("aria-label=\"Pages of the resources\"");
        assertThat(text(browser.get(GROUPS + "/rg-web?from=50").body()))
                .contains("Showing 51 to 72 of 72")
                .contains("kv-paged-49")
                .contains("kv-web");
        var searched = browser.get(GROUPS + "/rg-web?search=VM");
        assertThat(text(searched.body())).contains("Showing 1 to 1 of 1").contains("vm-web");
        assertThat(searched.body()).contains("value=\"VM\"");
        assertThat(text(browser.get(GROUPS + "/rg-web?search=sql").body()))
                .contains("No resource's name contains \"sql\".");
    }
}
