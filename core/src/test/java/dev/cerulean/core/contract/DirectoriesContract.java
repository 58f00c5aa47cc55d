package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.directory;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.msa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.Domain;
import org.junit.jupiter.api.Test;

public abstract class DirectoriesContract extends PortContract {

    @Test
    void aDirectoryIsAddedWithItsVerifiedInitialDomain() {
        Directory contoso = directory("Contoso", msa());

        ports.directories().add(contoso);

        assertThat(ports.directories().byId(contoso.id())).contains(contoso);
        assertThat(ports.directories().domainsOf(contoso.id()))
                .containsExactly(new Domain("contoso.onmicrosoft.com", contoso.id(), true, true));
        assertThat(ports.directories().byId(directoryId())).isEmpty();
    }

    @Test
    void byIdsReadsTheDirectoriesThatExistInOneGo() {
        Directory a = directory("Alpha", msa());
        Directory b = directory("Beta", null);
        ports.directories().add(a);
        ports.directories().add(b);
        var unknown = directoryId();

        assertThat(ports.directories().byIds(java.util.List.of(a.id(), unknown, b.id(), a.id())))
                .containsOnly(java.util.Map.entry(a.id(), a), java.util.Map.entry(b.id(), b));
        assertThat(ports.directories().byIds(java.util.List.of())).isEmpty();
    }

    @Test
    void allListsEveryDirectory() {
        Directory a = directory("Alpha", msa());
        Directory b = directory("Beta", null);

        ports.directories().add(a);
        ports.directories().add(b);

        assertThat(ports.directories().all()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void anInitialDomainIsUniqueInTheCloudWhateverItsCase() {
        Directory first = directory("Contoso", msa());
        ports.directories().add(first);
        Directory clash = new Directory(
                directoryId(),
                "Other",
                "US",
                Directory.DirectoryOrigin.CLASSIC_PORTAL,
                "CONTOSO.onmicrosoft.com",
                msa(),
                ContractData.T0);

        assertThatThrownBy(() -> ports.directories().add(clash)).isInstanceOf(RuntimeException.class);

        assertThat(ports.directories().all()).containsExactly(first);
        assertThat(ports.directories().byId(clash.id())).isEmpty();
        assertThat(ports.directories().domainsOf(clash.id())).isEmpty();
    }

    @Test
    void domainsNamedFindsTheNameInEveryDirectoryCaseInsensitively() {
        Directory a = directory("Alpha", msa());
        Directory b = directory("Beta", msa());
        ports.directories().add(a);
        ports.directories().add(b);

        ports.directories().addDomain(new Domain("contoso.com", a.id(), false, false));
        ports.directories().addDomain(new Domain("Contoso.com", b.id(), false, false));

        assertThat(ports.directories().domainsNamed("CONTOSO.COM"))
                .containsExactlyInAnyOrder(
                        new Domain("contoso.com", a.id(), false, false),
                        new Domain("Contoso.com", b.id(), false, false));
        assertThat(ports.directories().domainsNamed("fabrikam.com")).isEmpty();
        assertThat(ports.directories().domainsOf(a.id()))
                .containsExactly(
                        new Domain("alpha.onmicrosoft.com", a.id(), true, true),
                        new Domain("contoso.com", a.id(), false, false));
    }

    @Test
    void aDirectoryHoldsADomainNameOnce() {
        Directory a = directory("Alpha", msa());
        ports.directories().add(a);
        ports.directories().addDomain(new Domain("contoso.com", a.id(), false, false));

        assertThatThrownBy(() -> ports.directories().addDomain(new Domain("CONTOSO.com", a.id(), false, true)))
                .isInstanceOf(RuntimeException.class);

        assertThat(ports.directories().domainsOf(a.id()))
                .hasSize(2)
                .contains(new Domain("contoso.com", a.id(), false, false));
    }

    @Test
    void updateDomainChangesTheDomainOfThatName() {
        Directory a = directory("Alpha", msa());
        Directory b = directory("Beta", msa());
        ports.directories().add(a);
        ports.directories().add(b);
        ports.directories().addDomain(new Domain("contoso.com", a.id(), false, false));
        ports.directories().addDomain(new Domain("contoso.com", b.id(), false, false));

        ports.directories().updateDomain(new Domain("contoso.com", a.id(), false, true));

        assertThat(ports.directories().domainsNamed("contoso.com"))
                .containsExactlyInAnyOrder(
                        new Domain("contoso.com", a.id(), false, true),
                        new Domain("contoso.com", b.id(), false, false));
    }

    @Test
    void countCreatedByCountsTheCreatorsDirectories() {
        Identity.Personal kelley = msa();
        ports.directories().add(directory("One", kelley));
        ports.directories().add(directory("Two", kelley));
        ports.directories().add(directory("Three", msa()));
        ports.directories().add(directory("Four", null));

        assertThat(ports.directories().countCreatedBy(kelley)).isEqualTo(2);
        assertThat(ports.directories().countCreatedBy(msa())).isZero();
    }

    @Test
    void createdByFindsTheCreatorsDirectoriesOnly() {
        Identity.Personal kelley = msa();
        Directory one = directory("One", kelley);
        Directory two = directory("Two", kelley);
        ports.directories().add(one);
        ports.directories().add(two);
        ports.directories().add(directory("Three", msa()));
        ports.directories().add(directory("Four", null));

        assertThat(ports.directories().createdBy(kelley))
                .containsExactlyElementsOf(java.util.stream.Stream.of(one, two)
                        .sorted(java.util.Comparator.comparing(
                                d -> d.id().value().toString()))
                        .toList());
        assertThat(ports.directories().createdBy(msa())).isEmpty();
    }
}
