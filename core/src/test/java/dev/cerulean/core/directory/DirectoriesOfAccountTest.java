package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoriesOfAccountTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final DirectoryUseCases useCases = Worlds.useCases(p).directory();
    private final DirectoriesOfAccount query = useCases.directoriesOfAccount();

    @Test
    void R31_listsEveryDirectoryTheMicrosoftAccountIsIn() {
        Identity kelley = new Identity.Personal(Worlds.KELLEY_MSA);
        assertThat(all(kelley)).extracting(m -> m.directory().displayName()).containsExactly("Default Directory");

        // when Kelley creates a directory
        useCases.createDirectory()
                .create(world.kelleyMsaInDefault(), "Adventure Works", "adventureworks", "US")
                .orThrow();

        // then both are listed, by name; none is Kelley's home (a Microsoft account has no home directory)
        List<DirectoriesOfAccount.Membership> listed = all(kelley);
        assertThat(listed)
                .extracting(m -> m.directory().displayName())
                .containsExactly("Adventure Works", "Default Directory");
        assertThat(listed).noneMatch(DirectoriesOfAccount.Membership::isHome);
        assertThat(listed.get(1).user().id()).isEqualTo(Worlds.KELLEY_IN_DEFAULT);
    }

    @Test
    void R30_workAccountSeesHomeFirstThenDirectoriesWhereItIsGuest() {
        Identity sam = new Identity.Work(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER);
        useCases.inviteGuest()
                .invite(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        "sam.reader@kelleywalloutlook.onmicrosoft.com")
                .orThrow();

        List<DirectoriesOfAccount.Membership> listed = all(sam);

        assertThat(listed)
                .extracting(m -> m.directory().id())
                .containsExactly(Worlds.DEFAULT_DIRECTORY, Worlds.CONTOSO);
        assertThat(listed.get(0).isHome()).isTrue();
        assertThat(listed.get(1).user().type()).isEqualTo(DirectoryUser.UserType.Guest);
    }

    @Test
    void applicationsAndStrangersAreInNoDirectory() {
        assertThat(all(new Identity.App(Worlds.CONTOSO, Worlds.CONTOSO_AUTOMATION_SP)))
                .isEmpty();
        assertThat(all(new Identity.Personal(
                        dev.cerulean.core.common.MicrosoftAccountId.of("0b000000-0000-4000-8000-00000000ffff"))))
                .isEmpty();
        assertThat(all(new Identity.Personal(Worlds.ALEX_MSA)))
                .extracting(m -> m.directory().id())
                .doesNotContain(Worlds.CONTOSO);
    }

    @Test
    void R30_aPageIsASliceOfTheWholeListInItsOrderAndASearchNarrowsIt() {
        Identity sam = new Identity.Work(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER);
        useCases.inviteGuest()
                .invite(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        "sam.reader@kelleywalloutlook.onmicrosoft.com")
                .orThrow();
        List<DirectoriesOfAccount.Membership> whole = all(sam);

        var first = query.page(sam, "", 0, 1);
        var second = query.page(sam, " ", 1, 1);
        var searched = query.page(sam, "CONTOSO.onmicrosoft", -3, 10);

        assertThat(first.memberships()).containsExactly(whole.get(0));
        assertThat(second.memberships()).containsExactly(whole.get(1));
        assertThat(first.total()).isEqualTo(2);
        assertThat(searched.memberships()).extracting(m -> m.directory().id()).containsExactly(Worlds.CONTOSO);
        assertThat(searched.total()).isEqualTo(1);
        assertThat(query.page(new Identity.App(Worlds.CONTOSO, Worlds.CONTOSO_AUTOMATION_SP), "", 0, 10)
                        .total())
                .isZero();
    }

    private List<DirectoriesOfAccount.Membership> all(Identity person) {
        return query.page(person, "", 0, 1_000).memberships();
    }
}
