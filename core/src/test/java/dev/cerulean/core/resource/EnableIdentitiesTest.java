package dev.cerulean.core.resource;

import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** System-assigned identities enabled again as a batch: the PUT's rules per resource, one outcome each. */
class EnableIdentitiesTest {
    static final ResourceId MISSING = ResourceId.of(SUBSCRIPTION, "rg-web", Resource.VIRTUAL_MACHINE, "vm-gone");

    final Worlds.KelleyWall world = Worlds.kelleyWall();
    final Ports p = world.ports();
    final PutResource put = Worlds.useCases(p).resource().putResource();

    private void disableTheMachinesIdentity() {
        Resource vm = p.resources().byId(Worlds.VM_WEB).orElseThrow();
        p.resources().update(vm.withIdentity(vm.identity().enabled(false)));
    }

    @Test
    void InvalidIdentityType_ResourceNotFound_aDisabledIdentityBecomesANewPrincipalAndAnEnabledOneIsKept() {
        disableTheMachinesIdentity();
        long version = world.subscription().version();

        List<Outcome<PutResource.Result>> done = put.enableSystemAssignedIdentities(
                world.kelleyMsaInDefault(), SUBSCRIPTION, List.of(Worlds.VM_WEB, Worlds.KV_WEB, MISSING), true);

        assertThat(done)
                .extracting(Outcome::code)
                .containsExactly(null, RuleCode.InvalidIdentityType, RuleCode.ResourceNotFound);
        Resource vm = p.resources().byId(Worlds.VM_WEB).orElseThrow();
        assertThat(done.get(0).orThrow().created()).isTrue();
        assertThat(vm.identity().enabled()).isTrue();
        assertThat(vm.identity().principalId()).isNotEqualTo(Worlds.VM_WEB_IDENTITY);
        assertThat(world.subscription().version()).isEqualTo(version + 1);
        assertThat(p.activityLog().ofSubscription(SUBSCRIPTION))
                .anySatisfy(e -> assertThat(e.message()).contains("system-assigned identity enabled"));

        var again = put.enableSystemAssignedIdentities(
                world.kelleyMsaInDefault(), SUBSCRIPTION, List.of(Worlds.VM_WEB), true);
        assertThat(again.get(0).orThrow().created()).isFalse();
        assertThat(p.resources().byId(Worlds.VM_WEB)).contains(vm);
    }

    @Test
    void AuthorizationFailed_aReaderEnablesNothingAndADryRunWritesNothing() {
        disableTheMachinesIdentity();
        Resource before = p.resources().byId(Worlds.VM_WEB).orElseThrow();

        var reader = put.enableSystemAssignedIdentities(world.samReader(), SUBSCRIPTION, List.of(Worlds.VM_WEB), true);
        var dry = put.enableSystemAssignedIdentities(
                world.kelleyMsaInDefault(), SUBSCRIPTION, List.of(Worlds.VM_WEB), false);

        assertThat(reader.get(0).code()).isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(dry.get(0).orThrow().created()).isTrue();
        assertThat(p.resources().byId(Worlds.VM_WEB)).contains(before);
    }
}
