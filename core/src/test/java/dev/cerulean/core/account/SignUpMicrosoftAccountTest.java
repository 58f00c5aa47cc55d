package dev.cerulean.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.AccountActivityRecorder;
import dev.cerulean.core.directory.DirectoryState;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class SignUpMicrosoftAccountTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final SignUpMicrosoftAccount signUp =
            Worlds.useCases(world.ports()).directory().signUpMicrosoftAccount();

    @Test
    void R36_microsoftAccountSignUpCreatesAccountWithHashedPassword() {
        // when
        MicrosoftAccount account = signUp.signUp("  Robin.Gray@Outlook.com ", " Robin Gray ", "Sp4rkly-Dawn")
                .orThrow();

        // then
        assertThat(account.email()).isEqualTo(Email.of("robin.gray@outlook.com"));
        assertThat(account.displayName()).isEqualTo("Robin Gray");
        assertThat(account.createdAt()).isEqualTo(Worlds.NOW);
        assertThat(account.password().encoded()).doesNotContain("Sp4rkly-Dawn");
        assertThat(world.ports().passwordHasher().verify("Sp4rkly-Dawn", account.password()))
                .isTrue();
        assertThat(world.ports().microsoftAccounts().byEmail(account.email())).contains(account);
        ActivityLogEntry entry = world.ports().activityLog().all().get(0);
        assertThat(entry.operation()).isEqualTo(AccountActivityRecorder.SIGN_UP);
        assertThat(entry.target()).isEqualTo("robin.gray@outlook.com");
        assertThat(entry.status()).isEqualTo(ActivityLogEntry.Status.Succeeded);
    }

    @Test
    void R36_microsoftAccountSignUpAllowedForAnEmailThatIsAlsoAWorkAccount() {
        // given megan.bowen@contoso.onmicrosoft.com is a Contoso work account
        // when
        Outcome<MicrosoftAccount> outcome =
                signUp.signUp("megan.bowen@contoso.onmicrosoft.com", "Megan", "Demo-Passw0rd!");

        // then: legal; R7 deals with the ambiguity later
        assertThat(outcome.isOk()).isTrue();
    }

    @Test
    void MicrosoftAccountExists_sameEmailInAnyCaseRefused() {
        DirectoryState before = DirectoryState.of(world.ports());

        Outcome<MicrosoftAccount> outcome = signUp.signUp("Kelley.Wall@OUTLOOK.com", "Kelley again", "Demo-Passw0rd!");

        assertThat(outcome.code()).isEqualTo(RuleCode.MicrosoftAccountExists);
        assertThat(DirectoryState.of(world.ports())).isEqualTo(before);
    }

    @Test
    void InvalidEmail_malformedAddressRefused() {
        DirectoryState before = DirectoryState.of(world.ports());

        for (String bad :
                new String[] {null, "", "robin", "robin@", "@outlook.com", "robin@outlook", "ro bin@outlook.com"}) {
            assertThat(signUp.signUp(bad, "Robin", "Demo-Passw0rd!").code())
                    .as(bad)
                    .isEqualTo(RuleCode.InvalidEmail);
        }
        assertThat(DirectoryState.of(world.ports())).isEqualTo(before);
    }

    @Test
    void InvalidDisplayName_blankNameRefused() {
        DirectoryState before = DirectoryState.of(world.ports());

        assertThat(signUp.signUp("robin@outlook.com", "  ", "Demo-Passw0rd!").code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(signUp.signUp("robin@outlook.com", null, "Demo-Passw0rd!").code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(DirectoryState.of(world.ports())).isEqualTo(before);
    }

    @Test
    void PasswordTooWeak_weakPasswordRefused() {
        DirectoryState before = DirectoryState.of(world.ports());

        Outcome<MicrosoftAccount> outcome = signUp.signUp("robin@outlook.com", "Robin", "password1");

        assertThat(outcome.code()).isEqualTo(RuleCode.PasswordTooWeak);
        assertThat(DirectoryState.of(world.ports())).isEqualTo(before);
    }
}
