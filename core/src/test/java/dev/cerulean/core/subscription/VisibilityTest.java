package dev.cerulean.core.subscription;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.MEGAN_BOWEN;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.subscription.SubscriptionFixture.CONTOSO_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.AzurePortalSubscriptions;
import dev.cerulean.core.access.ListSubscriptionsWithAnyRole;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityTest {
    private final SubscriptionFixture f = new SubscriptionFixture().withContosoSubscription();
    private final ClassicPortalSubscriptions classic = new ClassicPortalSubscriptions(f.p.subscriptions());
    private final AzurePortalSubscriptions azure = new AzurePortalSubscriptions(
            new ListSubscriptionsWithAnyRole(f.p.transactions(), f.p.subscriptions(), f.p.groups()), f.authorize);

    @Test
    void R30_classicPortalListsWhereTheCallerIsServiceOrCoAdministrator() {
        assertThat(ids(classicList(f.world.kelleyMsaInDefault()))).containsExactly(SUBSCRIPTION.toString());
        assertThat(ids(classicList(f.world.alexMsaInDefault()))).containsExactly(SUBSCRIPTION.toString());
        assertThat(ids(classicList(f.world.contosoGlobalAdministrator())))
                .containsExactly(CONTOSO_SUBSCRIPTION.toString());
    }

    @Test
    void R30_classicPortalIgnoresRoleAssignments() {
        assertThat(classicList(f.world.samReader())).isEmpty();
        assertThat(classicList(f.world.demoAutomation())).isEmpty();
    }

    @Test
    void R30_classicPortalListsOnlyTheDirectoryTheCallerSignedInThrough() {
        Caller kelley = f.world.kelleyMsaInDefault();
        Caller kelleyInContoso = new Caller(kelley.identity(), CONTOSO, null, kelley.email());

        assertThat(classicList(kelleyInContoso)).isEmpty();
        assertThat(azureList(kelleyInContoso)).isEmpty();
    }

    @Test
    void R30_azurePortalListsWhereTheCallerHasAnyRole() {
        assertThat(ids(azureList(f.world.kelleyMsaInDefault()))).containsExactly(SUBSCRIPTION.toString());
        assertThat(ids(azureList(f.world.alexMsaInDefault()))).containsExactly(SUBSCRIPTION.toString());
        assertThat(ids(azureList(f.world.samReader()))).as("Reader on rg-web").containsExactly(SUBSCRIPTION.toString());
        assertThat(ids(azureList(f.world.demoAutomation()))).containsExactly(SUBSCRIPTION.toString());
        assertThat(azureList(f.world.megan())).as("No subscriptions found").isEmpty();
    }

    @Test
    void R30_aNewCoAdministratorSeesTheSubscriptionInTheAzurePortal() {
        f.p.coAdministrators()
                .add(f.coAdministrator(
                        CONTOSO_SUBSCRIPTION,
                        new Identity.Work(CONTOSO, MEGAN_BOWEN),
                        "megan.bowen@contoso.onmicrosoft.com"));

        assertThat(ids(azureList(f.world.megan()))).containsExactly(CONTOSO_SUBSCRIPTION.toString());
        assertThat(ids(classicList(f.world.megan()))).containsExactly(CONTOSO_SUBSCRIPTION.toString());
    }

    @Test
    void R30_aServiceAdministratorThatLostAccessAndDeletedSubscriptionsAreNotListed() {
        f.p.subscriptions().update(f.subscription(CONTOSO_SUBSCRIPTION).withDirectory(CONTOSO, true));
        f.setState(SUBSCRIPTION, Subscription.SubscriptionState.Deleted);

        assertThat(classicList(f.world.contosoGlobalAdministrator())).isEmpty();
        assertThat(azureList(f.world.contosoGlobalAdministrator())).isEmpty();
        assertThat(classicList(f.world.kelleyMsaInDefault())).isEmpty();
        assertThat(azureList(f.world.samReader())).isEmpty();
        assertThat(f.p.subscriptions().inDirectory(DEFAULT_DIRECTORY)).hasSize(1);
    }

    @Test
    void R30_theClassicPortalsPageListsWhatItsWholeListDoesForEveryone() {
        f.p.coAdministrators()
                .add(f.coAdministrator(
                        CONTOSO_SUBSCRIPTION,
                        new Identity.Work(CONTOSO, MEGAN_BOWEN),
                        "megan.bowen@contoso.onmicrosoft.com"));
        List<Caller> everyone = List.of(
                f.world.kelleyMsaInDefault(),
                f.world.alexMsaInDefault(),
                f.world.contosoGlobalAdministrator(),
                f.world.samReader(),
                f.world.demoAutomation(),
                f.world.megan());
        for (Caller c : everyone) {
            var page = classic.page(c, "", 0, 50).orThrow();
            assertThat(ids(page.subscriptions())).as(c.displayName()).isEqualTo(ids(servedOrCoAdministered(c)));
            assertThat(page.total())
                    .as(c.displayName())
                    .isEqualTo(page.subscriptions().size());
        }
        // lost access and deletion take a subscription off the page too
        f.p.subscriptions().update(f.subscription(CONTOSO_SUBSCRIPTION).withDirectory(CONTOSO, true));
        f.setState(SUBSCRIPTION, Subscription.SubscriptionState.Deleted);
        assertThat(classic.page(f.world.contosoGlobalAdministrator(), "", 0, 50)
                        .orThrow()
                        .total())
                .isZero();
        assertThat(classic.page(f.world.kelleyMsaInDefault(), "", 0, 50)
                        .orThrow()
                        .total())
                .isZero();
        assertThat(ids(classic.page(f.world.megan(), "", 0, 50).orThrow().subscriptions()))
                .as("a co-administrator keeps it when the service administrator lost access")
                .containsExactly(CONTOSO_SUBSCRIPTION.toString());
    }

    @Test
    void R30_theClassicPortalsPageIsSearchedByNameOrId() {
        Caller kelley = f.world.kelleyMsaInDefault();
        String part = SUBSCRIPTION.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);

        assertThat(classic.page(kelley, part, 0, 50).orThrow().total()).isEqualTo(1);
        assertThat(classic.page(kelley, "pay-as", 0, 50).orThrow().total()).isEqualTo(1);
        assertThat(classic.page(kelley, "northwind", 0, 50).orThrow().subscriptions())
                .isEmpty();
    }

    /** The Azure portal's first page, long enough for every subscription of these worlds. */
    private List<Subscription> azureList(Caller caller) {
        return azure.page(caller, "", 0, 50).orThrow().subscriptions();
    }

    private static List<String> ids(List<Subscription> list) {
        return list.stream().map(s -> s.id().toString()).toList();
    }

    private List<Subscription> classicList(Caller caller) {
        return classic.page(caller, "", 0, 100).orThrow().subscriptions();
    }

    /** R30 for the classic portal decided row by row, as the store's query must decide it. */
    private List<Subscription> servedOrCoAdministered(Caller caller) {
        var coAdministered = java.util.Set.copyOf(f.p.coAdministrators().subscriptionsOf(caller.identity()));
        return f.p.subscriptions().inDirectory(caller.directory()).stream()
                .filter(s -> s.state() != Subscription.SubscriptionState.Deleted)
                .filter(s -> ClassicAdministration.isServiceAdministrator(s, caller.identity())
                        || coAdministered.contains(s.id()))
                .sorted(Subscription.BY_DISPLAY_NAME)
                .toList();
    }
}
