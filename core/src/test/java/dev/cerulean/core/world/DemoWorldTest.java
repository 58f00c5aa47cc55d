package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class DemoWorldTest {

    private static Ports emptyPorts() {
        return InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds());
    }

    @Test
    void describesExactlyTheStoreTheFixtureUsedToWriteByHand() {
        // given the demo world loaded, and the same world written entity by entity
        Ports loaded = Worlds.kelleyWall().ports();
        Ports handWritten = emptyPorts();
        HandWrittenDemo.write(handWritten);

        // when both are read back
        World fromDocument = new ExportWorld(loaded).export();
        World byHand = new ExportWorld(handWritten).export();

        // then they are the same world (hashes are salted, so only they differ)
        assertThat(fromDocument)
                .usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(".*passwordHash", ".*secretHash")
                .isEqualTo(byHand);
        assertThat(fromDocument.directories()).hasSize(2);
        assertThat(fromDocument.subscriptions().get(0).roleAssignments()).hasSize(2);
    }

    @Test
    void signsInWithTheDocumentedCredentials() {
        // given
        Ports p = Worlds.kelleyWall().ports();
        var hasher = p.passwordHasher();

        // then every demo account and app accepts its documented password or secret
        var kelley = p.microsoftAccounts().byEmail(Email.of(DemoWorld.KELLEY)).orElseThrow();
        assertThat(hasher.verify("Demo-Passw0rd!", kelley.password())).isTrue();
        var megan = p.directoryUsers().byId(Worlds.CONTOSO, Worlds.MEGAN_BOWEN).orElseThrow();
        assertThat(hasher.verify("Demo-Passw0rd!", megan.password())).isTrue();
        var demoApp =
                p.appRegistrations().byClientId(Worlds.DEMO_AUTOMATION_CLIENT).orElseThrow();
        assertThat(hasher.verify(
                        "demo-automation-secret", demoApp.secrets().get(0).hash()))
                .isTrue();
        var contosoApp = p.appRegistrations()
                .byClientId(Worlds.CONTOSO_AUTOMATION_CLIENT)
                .orElseThrow();
        assertThat(hasher.verify(
                        "contoso-automation-secret", contosoApp.secrets().get(0).hash()))
                .isTrue();
        assertThat(contosoApp.graphAppRoles()).containsExactly("Directory.ReadWrite.All");
        assertThat(p.directoryRoles().members(Worlds.DEFAULT_DIRECTORY, DirectoryRole.GlobalAdministrator))
                .containsExactly(Worlds.KELLEY_IN_DEFAULT);
    }

    @Test
    void consumesNoGeneratedIdsSoFixtureIdsStayPredictable() {
        // given the fixture's sequential ids
        var ids = Worlds.sequentialIds();
        var p = InMemoryPorts.create(Worlds.fixedClock(), ids);

        // when the demo world is loaded
        Worlds.kelleyWall(p);

        // then the next id is still the first of the sequence
        assertThat(ids.newId().toString()).isEqualTo("00000000-0000-4000-8000-000000001001");
    }
}
