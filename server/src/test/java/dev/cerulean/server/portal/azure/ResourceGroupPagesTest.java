package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

/** Resource groups in the Azure portal: create, a group's resources, delete with its name typed again, and the refusals. */
class ResourceGroupPagesTest extends AzurePortalFixture {
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    static final String GROUPS = SUBSCRIPTION + "/resourceGroups";

    @Test
    void anOwnerCreatesAGroupAndAnExistingNameIsRefused() throws Exception {
        browser.signIn(KELLEY, PASSWORD, GROUPS);
        var created = browser.post(GROUPS, "name", "rg-data", "location", "northeurope");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(text(created.body())).contains("The resource group rg-data was created in northeurope");
        assertThat(ports.resourceGroups().byName(Worlds.SUBSCRIPTION, "rg-data"))
                .isPresent();

        var again = browser.post(GROUPS, "name", "rg-web", "location", "westeurope");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(text(again.body())).contains("A resource group named rg-web already exists");
        assertThat(ports.resourceGroups()
                        .byName(Worlds.SUBSCRIPTION, "rg-web")
                        .orElseThrow()
                        .location())
                .isEqualTo("westeurope");
    }

    @Test
    void InvalidName_andInvalidLocation_areShownAndNothingIsCreated() throws Exception {
        browser.signIn(KELLEY, PASSWORD, GROUPS);
        var badName = browser.post(GROUPS, "name", "bad name!", "location", "westeurope");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(text(badName.body())).contains("is not a valid name").contains("Nothing was changed");
        var badLocation = browser.post(GROUPS, "name", "rg-x", "location", "atl@ntis!");
        assertThat(badLocation.statusCode()).isEqualTo(400);
        assertThat(text(badLocation.body())).contains("The location atl@ntis! cannot be used here");
        assertThat(ports.resourceGroups().of(Worlds.SUBSCRIPTION)).hasSize(1);
    }

    @Test
    void AuthorizationFailed_aReaderOfOneGroupCannotCreateOne() throws Exception {
        browser.signIn(SAM, PASSWORD, GROUPS);
        var refused = browser.post(GROUPS, "name", "rg-sam", "location", "westeurope");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body())).contains("resourceGroups/write");
        assertThat(ports.resourceGroups().byName(Worlds.SUBSCRIPTION, "rg-sam")).isEmpty();
    }

    @Test
    void aGroupListsItsResourcesAndIsDeletedOnlyWithItsNameTypedAgain() throws Exception {
        browser.signIn(KELLEY, PASSWORD, GROUPS + "/rg-web");
        var overview = browser.get(GROUPS + "/rg-web");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(text(overview.body()))
                .contains("kv-web")
                .contains("vm-web")
                .contains("Microsoft.KeyVault/vaults")
                .contains("Type the resource group name to confirm");

        var unconfirmed = browser.post(GROUPS + "/rg-web/delete", "confirm", "rg-wbe");
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(text(unconfirmed.body())).contains("Type rg-web exactly");
        assertThat(ports.resourceGroups().byName(Worlds.SUBSCRIPTION, "rg-web")).isPresent();

        var deleted = browser.post(GROUPS + "/rg-web/delete", "confirm", "rg-web");
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(text(deleted.body()))
                .contains("The resource group rg-web was deleted, with 2 resources and 1 role assignments")
                .contains("No resource groups");
        assertThat(ports.resourceGroups().byName(Worlds.SUBSCRIPTION, "rg-web")).isEmpty();
    }

    @Test
    void AuthorizationFailed_aReaderCannotDeleteItsGroup() throws Exception {
        browser.signIn(SAM, PASSWORD, GROUPS + "/rg-web");
        var refused = browser.post(GROUPS + "/rg-web/delete", "confirm", "rg-web");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body())).contains("resourceGroups/delete");
        assertThat(ports.resourceGroups().byName(Worlds.SUBSCRIPTION, "rg-web")).isPresent();
    }
}
