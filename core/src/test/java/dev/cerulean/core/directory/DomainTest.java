package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final DirectoryUseCases useCases = Worlds.useCases(p).directory();
    private final CustomDomains add = useCases.customDomains();
    private final CustomDomains verify = useCases.customDomains();

    @Test
    void globalAdministratorAddsThenVerifiesCustomDomain() {
        Domain added = add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "Contoso.COM.")
                .orThrow();

        assertThat(added).isEqualTo(new Domain("contoso.com", Worlds.CONTOSO, false, false));
        assertThat(p.directories().domainsOf(Worlds.CONTOSO)).contains(added);

        Domain verified = verify.verify(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "contoso.com")
                .orThrow();

        assertThat(verified).isEqualTo(new Domain("contoso.com", Worlds.CONTOSO, false, true));
        assertThat(p.directories().domainsNamed("contoso.com")).containsExactly(verified);
        assertThat(p.activityLog().all().get(0).operation()).isEqualTo(DirectoryOperations.VERIFY_DOMAIN);

        // verifying again changes nothing
        DirectoryState before = DirectoryState.of(p);
        assertThat(verify.verify(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "contoso.com")
                        .isOk())
                .isTrue();
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "contoso",
                "x.onmicrosoft.com",
                "onmicrosoft.com",
                "-contoso.com",
                "contoso-.com",
                "con..toso.com",
                "contoso.123",
                "con_toso.com",
                "con toso.com",
                "räksmörgås.se"
            })
    void InvalidDomainName_malformedOrReservedNamesRefused(String name) {
        DirectoryState before = DirectoryState.of(p);

        Outcome<Domain> outcome = add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, name);

        assertThat(outcome.code()).isEqualTo(RuleCode.InvalidDomainName);
        assertThat(verify.verify(world.contosoGlobalAdministrator(), Worlds.CONTOSO, name)
                        .code())
                .isEqualTo(RuleCode.InvalidDomainName);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidDomainName_tooLongRefused() {
        String label = "a".repeat(63);
        String longest = String.join(".", label, label, label, "b".repeat(61)); // 253 characters: allowed
        assertThat(add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, longest)
                        .isOk())
                .isTrue();
        String name = "c" + longest;

        assertThat(add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, name)
                        .code())
                .isEqualTo(RuleCode.InvalidDomainName);
    }

    @Test
    void DomainAlreadyExists_sameNameTwiceInOneDirectory() {
        add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "contoso.com")
                .orThrow();
        DirectoryState before = DirectoryState.of(p);

        assertThat(add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "CONTOSO.com")
                        .code())
                .isEqualTo(RuleCode.DomainAlreadyExists);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void DomainAlreadyVerified_aNameIsVerifiedInAtMostOneDirectory() {
        // given contoso.com verified in Contoso, and added (unverified) to Default Directory too
        add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "contoso.com")
                .orThrow();
        verify.verify(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "contoso.com")
                .orThrow();
        add.add(world.kelleyMsaInDefault(), Worlds.DEFAULT_DIRECTORY, "contoso.com")
                .orThrow();
        DirectoryState before = DirectoryState.of(p);

        // when
        Outcome<Domain> outcome = verify.verify(world.kelleyMsaInDefault(), Worlds.DEFAULT_DIRECTORY, "contoso.com");

        // then
        assertThat(outcome.code()).isEqualTo(RuleCode.DomainAlreadyVerified);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void DomainNotFound_verifyingADomainTheDirectoryDoesNotHave() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(verify.verify(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "fabrikam.com")
                        .code())
                .isEqualTo(RuleCode.DomainNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void NotGlobalAdministrator_membersDoNotManageDomains() {
        add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "contoso.com")
                .orThrow();
        DirectoryState before = DirectoryState.of(p);

        assertThat(add.add(world.megan(), Worlds.CONTOSO, "fabrikam.com").code())
                .isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(verify.verify(world.megan(), Worlds.CONTOSO, "contoso.com").code())
                .isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }
}
