package dev.cerulean.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateCustomRole;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.MovePlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan written and read back is the same plan; what is not a plan says where. */
class MovePlanReaderTest {
    @Test
    void aWrittenPlanReadsBackEqual() throws Exception {
        var world = Worlds.kelleyWall();
        UseCases uses = Worlds.useCases(world.ports());
        var request = uses.move()
                .requestDirectoryLink()
                .request(world.kelleyMsaInDefault(), true)
                .orThrow();
        uses.move()
                .confirmDirectoryLink()
                .confirm(world.contosoGlobalAdministrator(), request.id())
                .orThrow();
        uses.access()
                .createCustomRole()
                .create(
                        world.kelleyMsaInDefault(),
                        new CreateCustomRole.Request(
                                Worlds.SUBSCRIPTION,
                                null,
                                "Vault Reader",
                                "reads vaults",
                                List.of("Microsoft.KeyVault/*/read"),
                                List.of()))
                .orThrow();
        MovePlan plan = uses.move()
                .planDirectoryChange()
                .plan(world.kelleyMsaInDefault(), Worlds.SUBSCRIPTION, Worlds.CONTOSO)
                .orThrow();

        MovePlan read = MovePlanReader.read(MovePlanJson.write(plan));

        assertThat(read).isEqualTo(plan);
        assertThat(read.customRoles()).hasSize(1);
        assertThat(BuiltInRoles.byId(read.roleAssignments().get(0).roleDefinition()))
                .isPresent();
    }

    @Test
    void whatIsNotAPlanSaysWhere() {
        assertThatThrownBy(() -> MovePlanReader.read("[]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> MovePlanReader.read("{\"format\":\"2\"}")).hasMessageContaining("/format");
        assertThatThrownBy(() -> MovePlanReader.read("{\"format\":\"1\",\"subscription\":{}}"))
                .hasMessageContaining("/subscription/subscriptionId");
        assertThatThrownBy(() -> MovePlanReader.read("{nope")).hasMessageContaining("not JSON");
    }
}
