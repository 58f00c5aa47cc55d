package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUser.Source;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.World.AccountSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.DomainSpec;
import dev.cerulean.core.world.World.PersonRef;
import dev.cerulean.core.world.World.UserSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worlds of several directories: users refer to users of later directories, and a problem in any
 * directory, however late, keeps the whole world out of the store (each directory's users are
 * resolved, and their specs let go, one directory at a time).
 */
class LoadWorldDirectoriesTest {
    private final Ports ports = InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds());

    private static DirectoryId dir(int i) {
        return DirectoryId.of("d0000000-0000-4000-8000-00000000000" + i);
    }

    private static UserSpec homed(String upn) {
        return new UserSpec(null, upn, upn, null, null, null, null, null, "pw-" + upn, null, List.of());
    }

    /** A homed work account without the password it needs. */
    private static UserSpec withoutPassword(String upn) {
        return new UserSpec(null, upn, upn, null, null, null, null, null, null, null, List.of());
    }

    private static UserSpec homed(String upn, String mail) {
        return new UserSpec(null, upn, upn, mail, null, null, null, null, "pw-" + upn, null, List.of());
    }

    private static UserSpec guestOf(String homeUpn) {
        String upn = homeUpn.replace('@', '_') + "#EXT#@gen0.onmicrosoft.com";
        return new UserSpec(
                null,
                upn,
                "Guest",
                null,
                null,
                Source.EXTERNAL_WORK_ACCOUNT,
                PersonRef.user(homeUpn),
                null,
                null,
                null,
                List.of());
    }

    /** Directories gen0..genN, each created by a user of the next one (the last by the account). */
    private static World world(List<List<UserSpec>> users) {
        return world(users, List.of());
    }

    /** {@link #world(List)} where each directory also has the custom domains {@code domains}. */
    private static World world(List<List<UserSpec>> users, List<DomainSpec> domains) {
        List<DirectorySpec> directories = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            PersonRef creator = i + 1 < users.size()
                    ? PersonRef.user("ann@gen" + (i + 1) + ".onmicrosoft.com")
                    : PersonRef.account("owner@outlook.com");
            directories.add(new DirectorySpec(
                    dir(i),
                    "Generated " + i,
                    "gen" + i + ".onmicrosoft.com",
                    null,
                    null,
                    creator,
                    null,
                    domains,
                    users.get(i),
                    List.of(),
                    List.of()));
        }
        return new World(
                List.of(new AccountSpec(null, "owner@outlook.com", "Owner", "pw-Owner-1", null, null)),
                directories,
                List.of());
    }

    private static World valid() {
        return world(List.of(
                List.of(guestOf("bob@gen2.onmicrosoft.com"), homed("ann@gen0.onmicrosoft.com")),
                List.of(homed("ann@gen1.onmicrosoft.com")),
                List.of(homed("ann@gen2.onmicrosoft.com"), homed("bob@gen2.onmicrosoft.com"))));
    }

    @Test
    void usersAndCreatorsNameUsersOfLaterDirectories() {
        // when
        var result = new LoadWorld(ports).load(valid());

        // then the guest of the first directory is the user of the last, and each creator the next directory's
        assertThat(result).isEqualTo(new LoadWorld.Loaded(1, 3, 5, 0, 0));
        DirectoryUser bob = byUpn(dir(2), "bob@gen2.onmicrosoft.com");
        DirectoryUser guest = byUpn(dir(0), "bob_gen2.onmicrosoft.com#EXT#@gen0.onmicrosoft.com");
        assertThat(guest.person()).isEqualTo(bob.person());
        assertThat(bob.person()).isEqualTo(new Identity.Work(dir(2), bob.id()));
        assertThat(ports.directories().byId(dir(0)).orElseThrow().createdBy())
                .isEqualTo(byUpn(dir(1), "ann@gen1.onmicrosoft.com").person());
    }

    @Test
    void aProblemInTheLastDirectoryWritesNothingOfTheEarlierOnes() {
        // given a world whose last directory has a user without a password
        World bad = world(List.of(
                List.of(homed("ann@gen0.onmicrosoft.com")),
                List.of(homed("ann@gen1.onmicrosoft.com")),
                List.of(homed("ann@gen2.onmicrosoft.com"), withoutPassword("eve@gen2.onmicrosoft.com"))));

        // when
        var result = new LoadWorld(ports).load(bad);

        // then the problem is named, and none of the three directories nor their users is written
        assertThat(result).isInstanceOf(LoadWorld.Invalid.class);
        assertThat(((LoadWorld.Invalid) result).problems())
                .extracting(WorldProblem::path)
                .containsExactly("/directories/2/users/1/password");
        assertThat(ports.directories().all()).isEmpty();
        assertThat(ports.microsoftAccounts().all()).isEmpty();
        for (int i = 0; i < 3; i++)
            assertThat(ports.directoryUsers().inDirectory(dir(i))).isEmpty();
    }

    @Test
    void problemsComeHomedUsersFirstThenTheOthersInDocumentOrder() {
        // given a guest of the first directory naming no one, and a homed user of the last without a password
        World bad = world(List.of(
                List.of(homed("ann@gen0.onmicrosoft.com"), guestOf("nobody@gen2.onmicrosoft.com")),
                List.of(homed("ann@gen1.onmicrosoft.com")),
                List.of(homed("ann@gen2.onmicrosoft.com"), withoutPassword("eve@gen2.onmicrosoft.com"))));

        // when
        var result = new LoadWorld(ports).load(bad);

        // then the homed user's problem comes first (guests are resolved after every homed user)
        assertThat(((LoadWorld.Invalid) result).problems())
                .extracting(WorldProblem::path)
                .containsExactly("/directories/2/users/1/password", "/directories/0/users/1/person/user");
        assertThat(ports.directories().all()).isEmpty();
    }

    @Test
    void aHomeUserIsNamedByItsMailToo() {
        // given a guest naming its home user of the last directory by mail
        World world = world(List.of(
                List.of(homed("ann@gen0.onmicrosoft.com"), guestOf("bob@contoso.com")),
                List.of(homed("ann@gen1.onmicrosoft.com")),
                List.of(homed("ann@gen2.onmicrosoft.com"), homed("bob@gen2.onmicrosoft.com", "bob@contoso.com"))));

        // when
        var result = new LoadWorld(ports).load(world);

        // then the guest is that user
        assertThat(result.isLoaded()).isTrue();
        assertThat(byUpn(dir(0), "bob_contoso.com#EXT#@gen0.onmicrosoft.com").person())
                .isEqualTo(byUpn(dir(2), "bob@gen2.onmicrosoft.com").person());
    }

    @Test
    void aGuestIsNoHomeUserEvenOnItsDirectorysDomain() {
        // given a guest of gen0 (its UPN on gen0's domain) named as a home user by another guest
        World world = world(List.of(
                List.of(
                        homed("ann@gen0.onmicrosoft.com"),
                        guestOf("ann@gen1.onmicrosoft.com"),
                        guestOf("ann_gen1.onmicrosoft.com#EXT#@gen0.onmicrosoft.com")),
                List.of(homed("ann@gen1.onmicrosoft.com"))));

        // when
        var result = new LoadWorld(ports).load(world);

        // then only a work account homed in its directory is someone's home
        assertThat(((LoadWorld.Invalid) result).problems())
                .extracting(WorldProblem::path)
                .containsExactly("/directories/0/users/2/person/user");
        assertThat(ports.directories().all()).isEmpty();
    }

    @Test
    void aHomeUserOnADomainClaimedTwiceIsStillFound() {
        // given two directories claiming contoso.com, the second homing bob there, named by a guest of the first
        World world = world(
                List.of(
                        List.of(homed("ann@gen0.onmicrosoft.com"), guestOf("bob@contoso.com")),
                        List.of(homed("ann@gen1.onmicrosoft.com"), homed("bob@contoso.com"))),
                List.of(new DomainSpec("contoso.com", true)));

        // when
        var result = new LoadWorld(ports).load(world);

        // then the only problem is the domain itself
        assertThat(((LoadWorld.Invalid) result).problems())
                .extracting(WorldProblem::path)
                .containsExactly("/directories/1/domains/0/name");
    }

    @Test
    void theCallersWorldIsLeftAsItWas() {
        // given a world loaded once
        World world = valid();
        new LoadWorld(ports).load(world);

        // when the same world is loaded into another empty store
        Ports other = InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds());
        var again = new LoadWorld(other).load(world);

        // then it still has its users: loading let go of its own copies only
        assertThat(world.directories()).allSatisfy(d -> assertThat(d.users()).isNotEmpty());
        assertThat(again).isEqualTo(new LoadWorld.Loaded(1, 3, 5, 0, 0));
    }

    private DirectoryUser byUpn(DirectoryId directory, String upn) {
        return ports.directoryUsers().inDirectory(directory).stream()
                .filter(u -> u.userPrincipalName().equals(upn))
                .findFirst()
                .orElseThrow();
    }
}
