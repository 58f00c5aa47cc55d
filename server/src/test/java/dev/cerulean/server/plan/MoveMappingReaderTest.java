package dev.cerulean.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.MoveMapping;
import dev.cerulean.core.move.MovePlan;
import org.junit.jupiter.api.Test;

/** The mapping file move map writes reads back as edited, in JSON or YAML; what is not one says where. */
class MoveMappingReaderTest {
    private final MovePlan plan = plan();

    private static MovePlan plan() {
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
        return uses.move()
                .planDirectoryChange()
                .plan(world.kelleyMsaInDefault(), Worlds.SUBSCRIPTION, Worlds.CONTOSO)
                .orThrow();
    }

    @Test
    void anEditedYamlMappingReadsAsTargetsAndIdentitiesToEnableAgain() throws Exception {
        String yaml = """
                format: "1"
                subscriptionId: %s
                principals:
                  - id: %s
                    displayName: Sam Reader
                    target: %s
                  - id: %s
                    target: null
                  - id: %s
                    target: reenable
                """.formatted(
                        Worlds.SUBSCRIPTION,
                        Worlds.SAM_READER,
                        Worlds.MEGAN_BOWEN,
                        Worlds.DEMO_AUTOMATION_SP,
                        Worlds.VM_WEB_IDENTITY);

        MoveMapping mapping = MoveMappingReader.read(yaml, plan);

        assertThat(mapping.targets()).containsOnlyKeys(Worlds.SAM_READER);
        assertThat(mapping.targetOf(Worlds.SAM_READER)).contains(Worlds.MEGAN_BOWEN);
        assertThat(mapping.reenable()).containsExactly(Worlds.VM_WEB_IDENTITY);
    }

    @Test
    void theWrittenProposalReadsBack() throws Exception {
        var entries = new dev.cerulean.core.move.ProposeMapping.Entry[0];
        String json = MoveMappingJson.write(plan, java.util.List.of(entries));

        MoveMapping mapping = MoveMappingReader.read(json, plan);

        assertThat(mapping).isEqualTo(MoveMapping.NONE);
    }

    @Test
    void aStrangeTargetOrAnotherSubscriptionsMappingSaysWhere() {
        String badTarget = "{\"format\":\"1\",\"subscriptionId\":\"" + Worlds.SUBSCRIPTION
                + "\",\"principals\":[{\"id\":\"" + Worlds.SAM_READER + "\",\"target\":\"Megan\"}]}";
        String otherSubscription =
                "{\"format\":\"1\",\"subscriptionId\":\"99999999-0000-4000-8000-000000000000\",\"principals\":[]}";

        assertThatThrownBy(() -> MoveMappingReader.read(badTarget, plan))
                .isInstanceOf(MovePlanReader.Unreadable.class)
                .hasMessageContaining("/principals/0/target");
        assertThatThrownBy(() -> MoveMappingReader.read(otherSubscription, plan))
                .isInstanceOf(MovePlanReader.Unreadable.class)
                .hasMessageContaining("/subscriptionId");
    }
}
