package dev.cerulean.core.reads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.ClassicAdministratorsOf;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroupFilter;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reads adapters make through the core: who may read what is decided here, not in endpoints or pages. */
class ReadUseCasesTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final UseCases uses = Worlds.useCases(world.ports());
    private final Scope rgWeb = Scope.resourceGroup(Worlds.SUBSCRIPTION, "rg-web");
    private static final SubscriptionId UNKNOWN = SubscriptionId.of(
            UUID.fromString("99999999-0000-4000-8000-000000000009").toString());

    @Test
    void R27_aClassicAdministratorGetsOwnersPermissionsAndAReaderOnlyItsOwnRole() {
        var kelley = uses.access()
                .effectivePermissions()
                .at(world.kelleyMsaInDefault(), rgWeb)
                .orThrow();
        var sam = uses.access()
                .effectivePermissions()
                .at(world.samReader(), rgWeb)
                .orThrow();

        assertThat(kelley).first().isEqualTo(BuiltInRoles.OWNER);
        assertThat(sam).extracting(RoleDefinition::roleName).containsExactly("Reader");
        assertThat(uses.access()
                        .effectivePermissions()
                        .at(world.samReader(), Scope.subscription(UNKNOWN))
                        .code())
                .isEqualTo(RuleCode.SubscriptionNotFound);
    }

    @Test
    void classicAdministratorsAreListedToThoseWhoMayReadThemOnly() {
        var listed = uses.access()
                .classicAdministrators()
                .list(world.kelleyMsaInDefault(), Worlds.SUBSCRIPTION)
                .orThrow();
        var contoso = uses.access().classicAdministrators().list(world.megan(), Worlds.SUBSCRIPTION);

        assertThat(listed)
                .first()
                .extracting(ClassicAdministratorsOf.Entry::roles)
                .isEqualTo("ServiceAdministrator;AccountAdministrator");
        assertThat(listed).extracting(ClassicAdministratorsOf.Entry::roles).contains("CoAdministrator");
        assertThat(contoso.code()).isEqualTo(RuleCode.AuthorizationFailed);
    }

    @Test
    void R26_resourceGroupsAndResourcesAreReadWhereTheCallerHasARoleOnly() {
        assertThat(uses.resource()
                        .resourceGroups()
                        .page(world.samReader(), Worlds.SUBSCRIPTION, ResourceGroupFilter.ALL, 0, 100)
                        .orThrow()
                        .items())
                .extracting(ResourceGroup::name)
                .containsExactly("rg-web");
        assertThat(uses.resource().resourceGroups().get(world.megan(), rgWeb).code())
                .isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(uses.resource()
                        .resourceGroups()
                        .get(world.kelleyMsaInDefault(), Scope.resourceGroup(Worlds.SUBSCRIPTION, "rg-none"))
                        .code())
                .isEqualTo(RuleCode.ResourceGroupNotFound);
        assertThat(uses.resource()
                        .resources()
                        .list(world.kelleyMsaInDefault(), Worlds.SUBSCRIPTION, null)
                        .orThrow())
                .extracting(Resource::id)
                .contains(Worlds.KV_WEB, Worlds.VM_WEB);
        assertThat(uses.resource()
                        .resources()
                        .list(world.megan(), Worlds.SUBSCRIPTION, null)
                        .code())
                .isEqualTo(RuleCode.AuthorizationFailed);
    }

    @Test
    void R15_theSubscriptionsAnAccountAdministersAreItsOwn() {
        assertThat(uses.subscription()
                        .read()
                        .administeredBy(world.kelleyMsaInDefault().identity(), "", 0, 100)
                        .subscriptions())
                .extracting(s -> s.id())
                .containsExactly(Worlds.SUBSCRIPTION);
        assertThat(uses.subscription()
                        .read()
                        .administeredBy(world.samReader().identity(), "", 0, 100)
                        .total())
                .isZero();
    }

    @Test
    void aBrowserSessionEndsWhenIdleOrWhenItsUserCannotActAnyMore() {
        var sessions = uses.signIn().sessions();
        sessions.start("s1", world.samReader(), Duration.ofHours(12), null);

        assertThat(sessions.current("s1", Duration.ofHours(1), Duration.ofMinutes(1)))
                .isPresent();
        assertThat(sessions.current("s1", Duration.ZERO, Duration.ofMinutes(1))).isEmpty();
        assertThat(sessions.current("s1", Duration.ofHours(1), Duration.ofMinutes(1)))
                .as("removed when found dead")
                .isEmpty();
        assertThat(world.ports().sessions().byId("s1")).isEmpty();
    }
}
