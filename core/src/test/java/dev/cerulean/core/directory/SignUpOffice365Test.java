package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class SignUpOffice365Test {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final SignUpOffice365 signUp = Worlds.useCases(p).directory().signUpOffice365();

    @Test
    void R36_office365SignUpMakesFirstUserGlobalAdministrator() {
        // when
        SignUpOffice365.SignedUp result = signUp.signUp(
                        "Fabrikam Inc.", "fabrikam", "US", "ada", "Ada Admin", "Sp4rkly-Dawn")
                .orThrow();

        // then
        Directory d = result.directory();
        assertThat(d.displayName()).isEqualTo("Fabrikam Inc.");
        assertThat(d.initialDomain()).isEqualTo("fabrikam.onmicrosoft.com");
        assertThat(d.origin()).isEqualTo(Directory.DirectoryOrigin.OFFICE_365_SIGNUP);
        DirectoryUser admin = result.globalAdministrator();
        assertThat(admin.userPrincipalName()).isEqualTo("ada@fabrikam.onmicrosoft.com");
        assertThat(admin.source()).isEqualTo(DirectoryUser.Source.WORK_ACCOUNT);
        assertThat(admin.person()).isEqualTo(new Identity.Work(d.id(), admin.id()));
        assertThat(d.createdBy()).isEqualTo(admin.person());
        assertThat(p.passwordHasher().verify("Sp4rkly-Dawn", admin.password())).isTrue();
        assertThat(p.directories().byId(d.id())).contains(d);
        assertThat(p.directoryUsers().byPrincipalName(d.id(), "ADA@fabrikam.onmicrosoft.com"))
                .contains(admin);
        assertThat(p.directoryRoles().members(d.id(), DirectoryRole.GlobalAdministrator))
                .containsExactly(admin.id());
        assertThat(p.activityLog().ofDirectory(d.id())).hasSize(3);
    }

    @Test
    void DomainAlreadyExists_tenantNameTaken() {
        DirectoryState before = DirectoryState.of(p);

        Outcome<SignUpOffice365.SignedUp> outcome =
                signUp.signUp("Contoso again", "contoso", "US", "ada", "Ada", "Sp4rkly-Dawn");

        assertThat(outcome.code()).isEqualTo(RuleCode.DomainAlreadyExists);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidDirectoryName_tenantNameMustBeLettersAndDigits() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(signUp.signUp("Fabrikam", "fab_rikam", "US", "ada", "Ada", "Sp4rkly-Dawn")
                        .code())
                .isEqualTo(RuleCode.InvalidDirectoryName);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidDisplayName_companyAndPersonNeedNames() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(signUp.signUp("", "fabrikam", "US", "ada", "Ada", "Sp4rkly-Dawn")
                        .code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(signUp.signUp("Fabrikam", "fabrikam", "US", "ada", null, "Sp4rkly-Dawn")
                        .code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidUserPrincipalName_userNameIsThePartBeforeTheAt() {
        DirectoryState before = DirectoryState.of(p);

        for (String bad : new String[] {null, "", "ada@fabrikam.com", "a da", "ad(a)"}) {
            assertThat(signUp.signUp("Fabrikam", "fabrikam", "US", bad, "Ada", "Sp4rkly-Dawn")
                            .code())
                    .as(bad)
                    .isEqualTo(RuleCode.InvalidUserPrincipalName);
        }
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void PasswordTooWeak_firstUserPasswordFollowsPolicy() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(signUp.signUp("Fabrikam", "fabrikam", "US", "ada", "Ada", "short1A")
                        .code())
                .isEqualTo(RuleCode.PasswordTooWeak);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidCountry_countryMustBeAnIsoCode() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(signUp.signUp("Fabrikam", "fabrikam", "XX", "ada", "Ada", "Sp4rkly-Dawn")
                        .code())
                .isEqualTo(RuleCode.InvalidCountry);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }
}
