package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.directory;
import static dev.cerulean.core.contract.ContractData.externalMsaUser;
import static dev.cerulean.core.contract.ContractData.msa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The person's directories a page at a time, as the classic portal's ACTIVE DIRECTORY lists them:
 * ordered by directory name whatever its case, searched by name or initial domain, read in the store.
 */
public abstract class DirectoriesOfPersonContract extends PortContract {
    private final Identity.Personal kelley = msa();

    private DirectoryUser guestIn(String name) {
        Directory d = directory(name, msa());
        ports.directories().add(d);
        DirectoryUser u = externalMsaUser(d.id(), kelley, "kelley.wall@outlook.com");
        ports.directoryUsers().add(u);
        return u;
    }

    @Test
    void aPersonsDirectoriesArePagedByNameWhateverItsCase() {
        DirectoryUser contoso = guestIn("contoso");
        DirectoryUser adatum = guestIn("Adatum");
        DirectoryUser fabrikam = guestIn("Fabrikam");
        DirectoryUser other = externalMsaUser(adatum.directory(), msa(), "alex@outlook.com");
        ports.directoryUsers().add(other);

        assertThat(ports.directoryUsers().ofPerson(kelley, "", 0, 2)).containsExactly(adatum, contoso);
        assertThat(ports.directoryUsers().ofPerson(kelley, null, 2, 2)).containsExactly(fabrikam);
        assertThat(ports.directoryUsers().ofPerson(kelley, "", 3, 2)).isEmpty();
        assertThat(ports.directoryUsers().countOfPerson(kelley, " ")).isEqualTo(3);
        assertThat(ports.directoryUsers().countOfPerson(msa(), "")).isZero();
    }

    @Test
    void aSearchMatchesTheDirectorysNameOrInitialDomainAnywhereAndItsWildcardsAreLiteral() {
        DirectoryUser contoso = guestIn("ContosoLtd");
        DirectoryUser fabrikam = guestIn("Fabrikam");
        DirectoryUser underscored = guestIn("dev_ops");
        guestIn("devXops");

        assertThat(ports.directoryUsers().ofPerson(kelley, "TOSO", 0, 10)).containsExactly(contoso);
        assertThat(ports.directoryUsers().ofPerson(kelley, "fabrikam.onmicrosoft", 0, 10))
                .containsExactly(fabrikam);
        assertThat(ports.directoryUsers().ofPerson(kelley, "v_o", 0, 10)).containsExactly(underscored);
        assertThat(ports.directoryUsers().countOfPerson(kelley, "v_o")).isEqualTo(1);
        assertThat(ports.directoryUsers().ofPerson(kelley, "100%", 0, 10)).isEmpty();
        assertThat(ports.directoryUsers().countOfPerson(kelley, "northwind")).isZero();
    }

    @Test
    void theHomeDirectoryComesFirstAndPagesDoNotOverlap() {
        List<DirectoryUser> guests = new ArrayList<>();
        for (int i = 0; i < 25; i++) guests.add(guestIn("dir" + (char) ('a' + i)));
        Directory home = directory("Zulu", kelley);
        ports.directories().add(home);
        DirectoryUser homeUser = ContractData.workUser(home.id(), "kelley@zulu.onmicrosoft.com", null);
        // a work account is homed in its directory; this person is the one the contract pages for
        DirectoryUser homed = new DirectoryUser(
                homeUser.id(),
                home.id(),
                homeUser.displayName(),
                homeUser.userPrincipalName(),
                null,
                DirectoryUser.UserType.Member,
                DirectoryUser.Source.WORK_ACCOUNT,
                kelley,
                null,
                homeUser.password());
        ports.directoryUsers().add(homed);

        List<DirectoryUser> all = new ArrayList<>();
        for (int offset = 0; offset < 26; offset += 10)
            all.addAll(ports.directoryUsers().ofPerson(kelley, "", offset, 10));

        assertThat(all).hasSize(26).first().isEqualTo(homed);
        assertThat(all.subList(1, 26)).containsExactlyElementsOf(guests);
        assertThat(ports.directoryUsers().countOfPerson(kelley, "")).isEqualTo(26);
    }
}
