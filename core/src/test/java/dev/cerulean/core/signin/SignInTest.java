package dev.cerulean.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fixtures.Worlds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SignInTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Worlds.NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final Ports p = Worlds.kelleyWall().ports();
    private final SignIn signIn = new SignIn(
            p.transactions(),
            p.microsoftAccounts(),
            p.directoryUsers(),
            p.passwordHasher(),
            p.signInAttempts(),
            new SignInDirectory(p.directories(), p.directoryUsers(), p.directoryPreferences()),
            new Lockout(p.transactions(), p.signInAttempts(), SignInThrottle.DEFAULT, clock),
            clock);

    private Outcome<SignInResult> attempt(String name, String password) {
        return signIn.signIn(name, password, null, "192.0.2.1", null);
    }

    @Test
    void aMicrosoftAccountSignsInThroughItsDefaultDirectory() {
        var result = (SignInResult.SignedIn)
                attempt("Kelley.Wall@outlook.com", Worlds.PASSWORD).orThrow();

        assertThat(result.caller())
                .isEqualTo(new Caller(
                        new Identity.Personal(Worlds.KELLEY_MSA),
                        Worlds.DEFAULT_DIRECTORY,
                        Worlds.KELLEY_IN_DEFAULT,
                        Email.of("kelley.wall@outlook.com")));
        assertThat(result.displayName()).isEqualTo("Kelley Wall");
    }

    @Test
    void aWorkAccountSignsInThroughItsHomeDirectory() {
        var result = (SignInResult.SignedIn)
                attempt("megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD).orThrow();

        assertThat(result.caller().directory()).isEqualTo(Worlds.CONTOSO);
        assertThat(result.caller().principal()).isEqualTo(Worlds.MEGAN_BOWEN);
    }

    @Test
    void theDirectoryHintPicksAnotherDirectoryThePersonIsIn() {
        var other = signIn.signIn("kelley.wall@outlook.com", Worlds.PASSWORD, null, "192.0.2.1", Worlds.CONTOSO);
        assertThat(((SignInResult.SignedIn) other.orThrow()).caller().directory())
                .as("not in Contoso yet: the default directory")
                .isEqualTo(Worlds.DEFAULT_DIRECTORY);
    }

    @Test
    void wrongPasswordAndUnknownNameGetTheSameGenericRefusal() {
        assertThat(attempt("kelley.wall@outlook.com", "wrong").code()).isEqualTo(RuleCode.InvalidCredentials);
        assertThat(attempt("nobody@outlook.com", Worlds.PASSWORD).code()).isEqualTo(RuleCode.InvalidCredentials);
        assertThat(attempt("not an email", Worlds.PASSWORD).code()).isEqualTo(RuleCode.InvalidCredentials);
    }

    @Test
    void anEmailThatIsBothKindsAsksWhichAccountThenSignsInAsTheChosenOne() {
        Email both = Email.of("lee.gu@contoso.onmicrosoft.com");
        p.microsoftAccounts()
                .add(new MicrosoftAccount(
                        MicrosoftAccountId.of("0b000000-0000-4000-8000-0000000000ff"),
                        both,
                        "Lee (personal)",
                        p.passwordHasher().hash("Personal-Passw0rd!"),
                        Worlds.NOW));

        assertThat(signIn.asksWhichAccount(both.value())).isTrue();
        assertThat(attempt(both.value(), Worlds.PASSWORD).orThrow()).isEqualTo(new SignInResult.ChooseAccount(both));

        var work = signIn.signIn(both.value(), Worlds.PASSWORD, AccountKind.Work, "192.0.2.1", null);
        assertThat(((SignInResult.SignedIn) work.orThrow()).caller().identity())
                .isEqualTo(new Identity.Work(Worlds.CONTOSO, Worlds.LEE_GU));
        var personal = signIn.signIn(both.value(), "Personal-Passw0rd!", AccountKind.Personal, "192.0.2.1", null);
        assertThat(((SignInResult.SignedIn) personal.orThrow()).caller().identity())
                .isInstanceOf(Identity.Personal.class);
        assertThat(signIn.signIn(both.value(), Worlds.PASSWORD, AccountKind.Personal, "192.0.2.1", null)
                        .code())
                .as("the work password does not open the personal account")
                .isEqualTo(RuleCode.InvalidCredentials);
    }

    private void later(Duration d) {
        now.set(now.get().plus(d));
    }

    @Test
    void AccountTemporarilyLocked_tenFailuresWithinAnHourLockTheNameEvenWithTheRightPassword() {
        for (int i = 0; i < 9; i++) {
            assertThat(attempt("kelley.wall@outlook.com", "wrong").code()).isEqualTo(RuleCode.InvalidCredentials);
        }
        assertThat(attempt("kelley.wall@outlook.com", "wrong").code()).isEqualTo(RuleCode.AccountTemporarilyLocked);
        Outcome<SignInResult> locked = attempt("kelley.wall@outlook.com", Worlds.PASSWORD);
        assertThat(locked.code()).isEqualTo(RuleCode.AccountTemporarilyLocked);
        assertThat(((Outcome.Rejected<SignInResult>) locked).args()).containsExactly("60");

        later(Duration.ofSeconds(61));
        assertThat(attempt("kelley.wall@outlook.com", Worlds.PASSWORD).isOk())
                .as("after the lockout")
                .isTrue();
    }

    @Test
    void AccountTemporarilyLocked_eachFailureSoonAfterALockoutLocksAgainForTwiceAsLong() {
        for (int i = 0; i < 10; i++) attempt("kelley.wall@outlook.com", "wrong");
        later(Duration.ofSeconds(61));
        var second = attempt("kelley.wall@outlook.com", "wrong");
        later(Duration.ofSeconds(121));
        var third = attempt("kelley.wall@outlook.com", "wrong");

        assertThat(((Outcome.Rejected<SignInResult>) second).args()).containsExactly("120");
        assertThat(((Outcome.Rejected<SignInResult>) third).args()).containsExactly("240");
    }

    @Test
    void aWrongPasswordEveryFifteenMinutesNeverLocksTheOwnerOut() {
        for (int i = 0; i < 96; i++) {
            assertThat(attempt("kelley.wall@outlook.com", "wrong").code())
                    .as("failure %d", i)
                    .isEqualTo(RuleCode.InvalidCredentials);
            later(Duration.ofMinutes(15));
        }
        assertThat(attempt("kelley.wall@outlook.com", Worlds.PASSWORD).isOk())
                .as("a day of slow guessing later")
                .isTrue();
    }

    @Test
    void aFamiliarBrowserSignsTheOwnerInWhileAnAttackerElsewhereKeepsTheNameLocked() {
        assertThat(signIn.signIn("kelley.wall@outlook.com", Worlds.PASSWORD, null, "192.0.2.1", null, "owners-browser")
                        .isOk())
                .isTrue();
        for (int i = 0; i < 10; i++)
            signIn.signIn("kelley.wall@outlook.com", "guess" + i, null, "203.0.113.5", null, null);
        assertThat(attempt("kelley.wall@outlook.com", Worlds.PASSWORD).code())
                .isEqualTo(RuleCode.AccountTemporarilyLocked);

        var owner =
                signIn.signIn("kelley.wall@outlook.com", Worlds.PASSWORD, null, "192.0.2.1", null, "owners-browser");
        var attackersBrowser = signIn.signIn(
                "kelley.wall@outlook.com", Worlds.PASSWORD, null, "203.0.113.5", null, "attackers-browser");

        assertThat(owner.isOk()).as("familiar browser").isTrue();
        assertThat(attackersBrowser.code())
                .as("a browser that never signed in")
                .isEqualTo(RuleCode.AccountTemporarilyLocked);
    }

    @Test
    void TooManySignInAttempts_oneAddressFailingManyNamesSlowsItsFailuresButNotAnotherAccountsRightPassword() {
        for (int i = 0; i < 60; i++) attempt("user" + i + "@outlook.com", "wrong");

        assertThat(attempt("kelley.wall@outlook.com", Worlds.PASSWORD).isOk())
                .as("right password, same address")
                .isTrue();
        assertThat(attempt("megan.bowen@contoso.onmicrosoft.com", "wrong").code())
                .isEqualTo(RuleCode.TooManySignInAttempts);
        assertThat(signIn.signIn("megan.bowen@contoso.onmicrosoft.com", "wrong", null, "198.51.100.7", null)
                        .code())
                .as("another address is not slowed down")
                .isEqualTo(RuleCode.InvalidCredentials);
    }

    @Test
    void unknownNamesAreLockedLikeKnownOnesAndTheirRowsExpire() {
        for (int i = 0; i < 10; i++) attempt("nobody@outlook.com", "wrong");
        assertThat(attempt("nobody@outlook.com", "wrong").code()).isEqualTo(RuleCode.AccountTemporarilyLocked);

        later(Duration.ofDays(2));
        attempt("somebody-else@outlook.com", "wrong");

        assertThat(p.signInAttempts().failures("name:nobody@outlook.com")).isEqualTo(SignInAttempts.Failures.NONE);
    }

    @Test
    void throttlingCanBeSwitchedOff() {
        SignIn open = new SignIn(
                p.transactions(),
                p.microsoftAccounts(),
                p.directoryUsers(),
                p.passwordHasher(),
                p.signInAttempts(),
                new SignInDirectory(p.directories(), p.directoryUsers(), p.directoryPreferences()),
                new Lockout(p.transactions(), p.signInAttempts(), SignInThrottle.OFF, clock),
                clock);
        for (int i = 0; i < 20; i++) open.signIn("kelley.wall@outlook.com", "wrong", null, "192.0.2.1", null);
        assertThat(open.signIn("kelley.wall@outlook.com", Worlds.PASSWORD, null, "192.0.2.1", null)
                        .isOk())
                .isTrue();
    }

    @Test
    void R31_switchingDirectoryIsASilentSignInThroughAnotherDirectoryOfTheSamePerson() {
        SignInDirectory directories =
                new SignInDirectory(p.directories(), p.directoryUsers(), p.directoryPreferences());
        Caller kelley = ((SignInResult.SignedIn)
                        attempt("kelley.wall@outlook.com", Worlds.PASSWORD).orThrow())
                .caller();
        assertThat(directories.switchTo(kelley, Worlds.CONTOSO))
                .as("not a member of Contoso")
                .isEmpty();

        ObjectId inContoso = ObjectId.of("0c000000-0000-4000-8000-0000000000aa");
        p.directoryUsers()
                .add(new DirectoryUser(
                        inContoso,
                        Worlds.CONTOSO,
                        "Kelley Wall",
                        "kelley.wall_outlook.com#EXT#@contoso.onmicrosoft.com",
                        Email.of("kelley.wall@outlook.com"),
                        DirectoryUser.UserType.Member,
                        DirectoryUser.Source.MICROSOFT_ACCOUNT,
                        kelley.identity(),
                        null,
                        null));

        assertThat(directories.switchTo(kelley, Worlds.CONTOSO))
                .contains(new Caller(kelley.identity(), Worlds.CONTOSO, inContoso, kelley.email()));
    }

    @Test
    void R23_aGuestWhoseInvitationIsPendingCannotSignInThroughThatDirectory() {
        SignInDirectory directories =
                new SignInDirectory(p.directories(), p.directoryUsers(), p.directoryPreferences());
        Caller megan = ((SignInResult.SignedIn) attempt("megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD)
                        .orThrow())
                .caller();
        ObjectId guest = ObjectId.of("0d000000-0000-4000-8000-0000000000bb");
        DirectoryUser pending = new DirectoryUser(
                guest,
                Worlds.DEFAULT_DIRECTORY,
                "Megan Bowen",
                "megan.bowen_contoso.onmicrosoft.com#EXT#@kelleywalloutlook.onmicrosoft.com",
                Email.of("megan.bowen@contoso.onmicrosoft.com"),
                DirectoryUser.UserType.Guest,
                DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT,
                megan.identity(),
                DirectoryUser.InvitationState.PendingAcceptance,
                null);
        p.directoryUsers().add(pending);

        assertThat(directories.switchTo(megan, Worlds.DEFAULT_DIRECTORY))
                .as("pending")
                .isEmpty();
        var hinted = signIn.signIn(
                "megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD, null, "192.0.2.9", Worlds.DEFAULT_DIRECTORY);
        assertThat(((SignInResult.SignedIn) hinted.orThrow()).caller().directory())
                .isEqualTo(Worlds.CONTOSO);

        p.directoryUsers()
                .update(new DirectoryUser(
                        guest,
                        pending.directory(),
                        pending.displayName(),
                        pending.userPrincipalName(),
                        pending.mail(),
                        pending.type(),
                        pending.source(),
                        pending.person(),
                        DirectoryUser.InvitationState.Accepted,
                        null));
        assertThat(directories.switchTo(megan, Worlds.DEFAULT_DIRECTORY))
                .as("accepted")
                .isPresent();
    }

    private void disable(dev.cerulean.core.common.DirectoryId directory, ObjectId id) {
        DirectoryUser user = p.directoryUsers().byId(directory, id).orElseThrow();
        p.directoryUsers().update(user.with(user.mailNickname(), false));
    }

    @Test
    void UserAccountDisabled_aDisabledWorkAccountIsRefusedOnlyAfterTheRightPassword() {
        disable(Worlds.CONTOSO, Worlds.MEGAN_BOWEN);
        var users = p.directoryUsers().inDirectory(Worlds.CONTOSO);

        assertThat(attempt("megan.bowen@contoso.onmicrosoft.com", "wrong").code())
                .isEqualTo(RuleCode.InvalidCredentials);
        assertThat(attempt("megan.bowen@contoso.onmicrosoft.com", Worlds.PASSWORD)
                        .code())
                .isEqualTo(RuleCode.UserAccountDisabled);
        assertThat(p.directoryUsers().inDirectory(Worlds.CONTOSO)).isEqualTo(users);
    }

    @Test
    void UserAccountDisabled_aDisabledMembershipIsNeverTheDirectorySignedInThrough() {
        SignInDirectory directories =
                new SignInDirectory(p.directories(), p.directoryUsers(), p.directoryPreferences());
        Caller kelley = ((SignInResult.SignedIn)
                        attempt("kelley.wall@outlook.com", Worlds.PASSWORD).orThrow())
                .caller();
        assertThat(kelley.directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
        disable(Worlds.DEFAULT_DIRECTORY, Worlds.KELLEY_IN_DEFAULT);
        var users = p.directoryUsers().inDirectory(Worlds.DEFAULT_DIRECTORY);

        var again = ((SignInResult.SignedIn)
                        attempt("kelley.wall@outlook.com", Worlds.PASSWORD).orThrow())
                .caller();
        assertThat(again.directory()).isNotEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(directories.switchTo(again, Worlds.DEFAULT_DIRECTORY)).isEmpty();
        assertThat(p.directoryUsers().inDirectory(Worlds.DEFAULT_DIRECTORY)).isEqualTo(users);
    }

    @Test
    void aNameOfAnyLengthIsRefusedAndThrottledLikeAnyOther() {
        String huge = "x".repeat(5000) + "@outlook.com";
        for (int i = 0; i < 9; i++) {
            assertThat(attempt(huge, "wrong" + i).code()).as("attempt %d", i).isEqualTo(RuleCode.InvalidCredentials);
        }
        attempt(huge, "wrong9");
        assertThat(attempt(huge, "wrong").code()).isEqualTo(RuleCode.AccountTemporarilyLocked);
        assertThat(SignIn.key("name:", huge)).as("kept as its hash").hasSize("name:#sha256:".length() + 64);
        assertThat(SignIn.key("name:", "kelley.wall@outlook.com")).isEqualTo("name:kelley.wall@outlook.com");
    }

    @Test
    void R31_signInLandsInTheDefaultDirectoryThePersonChoseUnlessTheClientNamesOne() {
        Caller kelley = ((SignInResult.SignedIn)
                        attempt("kelley.wall@outlook.com", Worlds.PASSWORD).orThrow())
                .caller();
        ObjectId inContoso = ObjectId.of("0c000000-0000-4000-8000-0000000000ab");
        p.directoryUsers()
                .add(new DirectoryUser(
                        inContoso,
                        Worlds.CONTOSO,
                        "Kelley Wall",
                        "kelley.wall_outlook.com#EXT#@contoso.onmicrosoft.com",
                        Email.of("kelley.wall@outlook.com"),
                        DirectoryUser.UserType.Member,
                        DirectoryUser.Source.MICROSOFT_ACCOUNT,
                        kelley.identity(),
                        null,
                        null));
        var setDefault = new SetDefaultDirectory(p.transactions(), p.directoryUsers(), p.directoryPreferences());

        assertThat(setDefault.set(kelley, Worlds.CONTOSO).isOk()).isTrue();

        var landed = (SignInResult.SignedIn)
                attempt("kelley.wall@outlook.com", Worlds.PASSWORD).orThrow();
        assertThat(landed.caller().directory()).isEqualTo(Worlds.CONTOSO);
        assertThat(landed.caller().principal()).isEqualTo(inContoso);
        var hinted = (SignInResult.SignedIn)
                signIn.signIn("kelley.wall@outlook.com", Worlds.PASSWORD, null, "192.0.2.1", Worlds.DEFAULT_DIRECTORY)
                        .orThrow();
        assertThat(hinted.caller().directory()).as("the client's hint wins").isEqualTo(Worlds.DEFAULT_DIRECTORY);
    }
}
