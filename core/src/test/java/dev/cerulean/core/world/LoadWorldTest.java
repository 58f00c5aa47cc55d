package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.World.AssignmentSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.PersonRef;
import dev.cerulean.core.world.World.PrincipalRef;
import dev.cerulean.core.world.World.SubscriptionSpec;
import dev.cerulean.core.world.World.UserSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadWorldTest extends LoadWorldFixture {
    @Test
    void loadsAValidWorldFillingInIdsAndDefaults() {
        // when
        var result = new LoadWorld(ports).load(small(s -> s, d -> d));

        // then
        assertThat(result).isEqualTo(new LoadWorld.Loaded(1, 1, 1, 0, 1));
        var sub = ports.subscriptions().byId(SUB).orElseThrow();
        assertThat(sub.offer().id()).isEqualTo("MS-AZR-0003P");
        assertThat(sub.state().name()).isEqualTo("Enabled");
        assertThat(ports.directories().byId(DIR).orElseThrow().country()).isEqualTo("US");
        assertThat(ports.resources().of(SUB))
                .singleElement()
                .satisfies(r ->
                        assertThat(r.id().toString()).endsWith("/providers/Microsoft.Sql/servers/srv/databases/db1"));
        var assignment = ports.roleAssignments().of(SUB).get(0);
        assertThat(assignment.principalType()).isEqualTo(PrincipalType.User);
        assertThat(assignment.roleDefinition())
                .isEqualTo(ports.roleDefinitions().of(SUB).get(0).id());
        assertThat(assignment.description()).isEqualTo("Ann reads the vaults of rg-a");
    }

    @Test
    void refusesAStoreThatIsNotEmpty() {
        // given a store holding the demo world
        Worlds.kelleyWall(ports);
        long version =
                ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().version();

        // when another world is loaded on top
        var problems = problemsOf(small(s -> s, d -> d));

        // then nothing of it is written
        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not empty"));
        assertThat(ports.directories().byId(DIR)).isEmpty();
        assertThat(ports.subscriptions().all()).hasSize(1);
        assertThat(ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().version())
                .isEqualTo(version);
    }

    @Test
    void reportsEveryProblemWithItsPathAndWritesNothing() {
        // given a world with a bad email, an unknown directory, an unknown principal and an unknown role
        World bad = small(
                s -> new SubscriptionSpec(
                        s.id(),
                        s.name(),
                        "MS-AZR-9999P",
                        s.state(),
                        DirectoryId.of("d0000000-0000-4000-8000-00000000dead"),
                        s.accountAdministrator(),
                        PersonRef.account("nobody@outlook.com"),
                        null,
                        s.coAdministrators(),
                        s.resourceGroups(),
                        List.of(),
                        List.of(new AssignmentSpec(
                                null,
                                "/subscriptions/" + SUB + "/resourceGroups/rg-missing",
                                new PrincipalRef("ghost@fabrikam.onmicrosoft.com", null, null, null),
                                "Wizard",
                                null,
                                null,
                                null))),
                d -> withUsers(
                        d,
                        new UserSpec(null, "not an email", "X", null, null, null, null, null, "pw", null, List.of())));

        // when
        var problems = problemsOf(bad);

        // then each problem names where it is
        assertThat(problems)
                .extracting(WorldProblem::path)
                .contains(
                        "/directories/0/users/1/userPrincipalName",
                        "/subscriptions/0/offer",
                        "/subscriptions/0/directory",
                        "/subscriptions/0/serviceAdministrator/account");
        assertStoreEmpty();
    }

    @Test
    void refusesDuplicateIdsDomainsAndSecretsGivenTwice() {
        // given a second directory reusing the first one's id and domain, and a user with password and hash
        World bad = small(s -> s, d -> d);
        var dir = bad.directories().get(0);
        var twin = new DirectorySpec(
                DIR,
                "Twin",
                "FABRIKAM.onmicrosoft.com",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new UserSpec(
                        null,
                        "bob@fabrikam.onmicrosoft.com",
                        "Bob",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "pw",
                        "hash",
                        List.of())),
                List.of(),
                List.of());
        bad = new World(bad.accounts(), List.of(dir, twin), bad.subscriptions());

        // then
        assertThat(problemsOf(bad))
                .extracting(WorldProblem::path)
                .contains("/directories/1/id", "/directories/1/initialDomain", "/directories/1/users/0/passwordHash");
        assertStoreEmpty();
    }

    @Test
    void refusesAWorkAccountOnAnotherDirectorysDomain() {
        World bad = small(
                s -> s,
                d -> withUsers(
                        d,
                        new UserSpec(
                                ObjectId.of("0f000000-0000-4000-8000-000000000001"),
                                "eve@contoso.com",
                                "Eve",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "pw",
                                null,
                                List.of())));

        assertThat(problemsOf(bad))
                .extracting(WorldProblem::path)
                .containsExactly("/directories/0/users/1/userPrincipalName");
        assertStoreEmpty();
    }

    @Test
    void exportThenLoadIntoAnEmptyStoreGivesTheSameWorld() {
        // given the demo world plus custom roles, tags and child resources, exported
        Worlds.kelleyWall(ports);
        Ports other = InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds());
        new LoadWorld(other).load(small(s -> s, d -> d));
        World first = new ExportWorld(ports).export();
        World second = new ExportWorld(other).export();

        // when each is loaded into an empty store and exported again
        Ports copy1 = InMemoryPorts.create(java.time.Clock.systemUTC(), dev.cerulean.core.common.IdGenerator.random());
        Ports copy2 = InMemoryPorts.create(java.time.Clock.systemUTC(), dev.cerulean.core.common.IdGenerator.random());
        assertThat(new LoadWorld(copy1).load(first).isLoaded()).isTrue();
        assertThat(new LoadWorld(copy2).load(second).isLoaded()).isTrue();

        // then the documents are the same, hashes and descriptions included
        assertThat(second.subscriptions().get(0).roleAssignments())
                .extracting(AssignmentSpec::description)
                .containsExactly("Ann reads the vaults of rg-a");
        assertThat(new ExportWorld(copy1).export()).isEqualTo(first);
        assertThat(new ExportWorld(copy2).export()).isEqualTo(second);
    }

    @Test
    void aUsersAliasAndDisabledStateAreLoadedAndExportedOnlyWhenNotTheDefault() {
        // given a disabled user with its own alias next to Ann (defaults)
        World world = small(
                s -> s,
                d -> withUsers(
                        d,
                        new UserSpec(
                                null,
                                "bob@fabrikam.onmicrosoft.com",
                                "Bob",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "pw-Bob-1",
                                null,
                                List.of(),
                                "bob.the.builder",
                                false)));

        // when it is loaded and exported
        assertThat(new LoadWorld(ports).load(world).isLoaded()).isTrue();
        var bob = ports.directoryUsers()
                .byPrincipalName(DIR, "bob@fabrikam.onmicrosoft.com")
                .orElseThrow();
        var ann = ports.directoryUsers()
                .byPrincipalName(DIR, "ann@fabrikam.onmicrosoft.com")
                .orElseThrow();
        var users = new ExportWorld(ports).export().directories().get(0).users();

        // then the store has them, and the document names only what differs from the defaults
        assertThat(bob.mailNickname()).isEqualTo("bob.the.builder");
        assertThat(bob.accountEnabled()).isFalse();
        assertThat(ann.mailNickname()).isEqualTo("ann");
        assertThat(ann.accountEnabled()).isTrue();
        assertThat(users)
                .extracting(UserSpec::userPrincipalName, UserSpec::mailNickname, UserSpec::accountEnabled)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ann@fabrikam.onmicrosoft.com", null, null),
                        org.assertj.core.groups.Tuple.tuple("bob@fabrikam.onmicrosoft.com", "bob.the.builder", false));
    }

    @Test
    void InvalidMailNickname_isAProblemOfTheUserAndNothingIsWritten() {
        World bad = small(
                s -> s,
                d -> withUsers(
                        d,
                        new UserSpec(
                                null,
                                "bob@fabrikam.onmicrosoft.com",
                                "Bob",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "pw-Bob-1",
                                null,
                                List.of(),
                                "bob builder",
                                null)));

        assertThat(problemsOf(bad))
                .extracting(WorldProblem::path)
                .containsExactly("/directories/0/users/1/mailNickname");
        assertStoreEmpty();
    }
}
