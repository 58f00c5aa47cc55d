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
    void identitiesToReCreateAndCoAdministratorsToNameAgainRead_theEmailWhateverItsCase() throws Exception {
        var identity = dev.cerulean.core.common.ObjectId.of("0e000000-0000-4000-8000-0000000000aa");
        String yaml = """
                format: "1"
                subscriptionId: %s
                principals:
                  - id: %s
                    target: ReCreate
                coAdministrators:
                  - email: Alex.Ops@outlook.com
                    microsoftAccount: true
                    target: %s
                  - email: nobody@outlook.com
                    target: null
                """.formatted(Worlds.SUBSCRIPTION, identity, Worlds.LEE_GU);

        MoveMapping mapping = MoveMappingReader.read(yaml, plan);

        assertThat(mapping.recreate()).containsExactly(identity);
        assertThat(mapping.targets()).isEmpty();
        assertThat(mapping.coAdministratorTarget("alex.ops@OUTLOOK.com")).contains(Worlds.LEE_GU);
        assertThat(mapping.coAdministrators()).hasSize(1);
    }

    @Test
    void aCoAdministratorWithoutEmailOrMappedTwiceSaysWhere() {
        String noEmail = "{\"format\":\"1\",\"subscriptionId\":\"" + Worlds.SUBSCRIPTION
                + "\",\"principals\":[],\"coAdministrators\":[{\"target\":null}]}";
        String twice = "{\"format\":\"1\",\"subscriptionId\":\"" + Worlds.SUBSCRIPTION
                + "\",\"principals\":[],\"coAdministrators\":[{\"email\":\"a@b.com\",\"target\":\""
                + Worlds.LEE_GU + "\"},{\"email\":\"A@b.com\",\"target\":\"" + Worlds.MEGAN_BOWEN + "\"}]}";

        assertThatThrownBy(() -> MoveMappingReader.read(noEmail, plan))
                .isInstanceOf(MovePlanReader.Unreadable.class)
                .hasMessageContaining("/coAdministrators/0/email");
        assertThatThrownBy(() -> MoveMappingReader.read(twice, plan))
                .isInstanceOf(MovePlanReader.Unreadable.class)
                .hasMessageContaining("/coAdministrators/1/email");
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
