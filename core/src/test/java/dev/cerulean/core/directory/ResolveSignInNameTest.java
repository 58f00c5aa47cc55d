package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.Email;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class ResolveSignInNameTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final DirectoryUseCases useCases = Worlds.useCases(world.ports()).directory();
    private final ResolveSignInName resolve = useCases.resolveSignInName();

    @Test
    void microsoftAccountOnly() {
        var name = resolve.resolve(Email.of("kelley.wall@outlook.com"));

        assertThat(name.microsoftAccount()).map(a -> a.id()).contains(Worlds.KELLEY_MSA);
        assertThat(name.workAccounts()).isEmpty();
        assertThat(name.isBothPersonalAndWork()).isFalse();
    }

    @Test
    void workAccountOnly() {
        var name = resolve.resolve(Email.of("megan.bowen@contoso.onmicrosoft.com"));

        assertThat(name.microsoftAccount()).isEmpty();
        assertThat(name.workAccounts()).extracting(DirectoryUser::id).containsExactly(Worlds.MEGAN_BOWEN);
        assertThat(name.isBothPersonalAndWork()).isFalse();
    }

    @Test
    void R7_emailThatIsBothAMicrosoftAccountAndAWorkAccountIsReported() {
        useCases.signUpMicrosoftAccount()
                .signUp("megan.bowen@contoso.onmicrosoft.com", "Megan", "Demo-Passw0rd!")
                .orThrow();

        var name = resolve.resolve(Email.of("megan.bowen@contoso.onmicrosoft.com"));

        assertThat(name.isBothPersonalAndWork()).isTrue();
    }

    @Test
    void externalUsersAreNotWorkAccountsOfTheirEmail() {
        // Alex's MSA is an external member of Default Directory; that is no work account
        var name = resolve.resolve(Email.of("alex.ops@outlook.com"));

        assertThat(name.workAccounts()).isEmpty();
        assertThat(resolve.resolve(Email.of("nobody@example.com")).isUnknown()).isTrue();
    }
}
