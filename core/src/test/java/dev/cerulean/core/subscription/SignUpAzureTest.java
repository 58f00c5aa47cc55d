package dev.cerulean.core.subscription;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KELLEY_MSA;
import static dev.cerulean.core.fixtures.Worlds.MEGAN_BOWEN;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import org.junit.jupiter.api.Test;

class SignUpAzureTest {
    private final SubscriptionFixture f = new SubscriptionFixture();
    private final SignUpAzure signUp = new SignUpAzure(
            f.p.microsoftAccounts(),
            f.p.directories(),
            f.p.directoryUsers(),
            f.p.directoryRoles(),
            f.p.subscriptions(),
            f.p.transactions(),
            f.p.clock(),
            f.p.ids(),
            f.activity);

    /** What a refusal must leave untouched. */
    private record State(int directories, int users, int subscriptions, int activityEntries) {}

    private State state() {
        return new State(
                f.p.directories().all().size(),
                f.p.directoryUsers().ofPerson(new Identity.Personal(KELLEY_MSA)).size(),
                f.p.subscriptions().all().size(),
                f.p.activityLog().all().size());
    }

    @Test
    void R36_azureSignUpOfANewMicrosoftAccountCreatesItsDefaultDirectory() {
        Caller jo = signedInMicrosoftAccount("jo.dev@outlook.com");

        SignUpAzure.Result result = signUp.signUp(jo, null, null).orThrow();

        Directory d = result.directory();
        assertThat(result.directoryCreated()).isTrue();
        assertThat(d.displayName()).isEqualTo("Default Directory");
        assertThat(d.initialDomain()).isEqualTo("jodevoutlook.onmicrosoft.com");
        assertThat(d.origin()).isEqualTo(Directory.DirectoryOrigin.DEFAULT_DIRECTORY);
        assertThat(d.createdBy()).isEqualTo(jo.identity());
        assertThat(f.p.directories().byId(d.id())).contains(d);
        DirectoryUser member = f.p.directoryUsers().byEmail(d.id(), jo.email()).get(0);
        assertThat(member.userPrincipalName()).isEqualTo("jo.dev_outlook.com#EXT#@jodevoutlook.onmicrosoft.com");
        assertThat(member.source()).isEqualTo(DirectoryUser.Source.MICROSOFT_ACCOUNT);
        assertThat(member.type()).isEqualTo(DirectoryUser.UserType.Member);
        assertThat(member.person()).isEqualTo(jo.identity());
        assertThat(f.p.directoryRoles().rolesOf(d.id(), member.id()))
                .containsExactly(DirectoryRole.GlobalAdministrator);

        Subscription s = result.subscription();
        assertThat(f.p.subscriptions().byId(s.id())).contains(s);
        assertThat(s.displayName()).isEqualTo("Pay-As-You-Go");
        assertThat(s.offer()).isEqualTo(Offer.PAY_AS_YOU_GO);
        assertThat(s.state()).isEqualTo(Subscription.SubscriptionState.Enabled);
        assertThat(s.directory()).isEqualTo(d.id());
        assertThat(s.accountAdministrator()).isEqualTo(new ClassicAdministrator(jo.identity(), jo.email()));
        assertThat(s.serviceAdministrator()).isEqualTo(s.accountAdministrator());
        assertThat(f.p.activityLog().ofSubscription(s.id())).hasSize(1);
        assertThat(f.p.activityLog().ofDirectory(d.id())).hasSize(2);
    }

    @Test
    void R36_azureSignUpReusesTheDefaultDirectoryItCreatedBefore() {
        State before = state();

        SignUpAzure.Result result = signUp.signUp(f.world.kelleyMsaInDefault(), "Dev/Test", "ms-azr-0044p")
                .orThrow();

        assertThat(result.directoryCreated()).isFalse();
        assertThat(result.directory().id()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(result.subscription().displayName()).isEqualTo("Dev/Test");
        assertThat(result.subscription().offer().id()).isEqualTo("MS-AZR-0044P");
        assertThat(f.p.directories().all()).hasSize(before.directories());
        assertThat(f.p.subscriptions().inDirectory(DEFAULT_DIRECTORY)).hasSize(2);
    }

    @Test
    void R36_azureSignUpOfAWorkAccountTrustsItsHomeDirectory() {
        State before = state();

        SignUpAzure.Result result =
                signUp.signUp(f.world.megan(), "Megan's", null).orThrow();

        assertThat(result.directory().id()).isEqualTo(CONTOSO);
        assertThat(result.directoryCreated()).isFalse();
        assertThat(result.subscription().accountAdministrator().who())
                .isEqualTo(new Identity.Work(CONTOSO, MEGAN_BOWEN));
        assertThat(result.subscription().serviceAdministrator().email())
                .isEqualTo(Email.of("megan.bowen@contoso.onmicrosoft.com"));
        assertThat(f.p.directories().all()).hasSize(before.directories());
    }

    @Test
    void R36_azureSignUpAddsANumberWhenTheInitialDomainIsTaken() {
        Caller other = signedInMicrosoftAccount("kelley.wall@outlook.de");

        SignUpAzure.Result result = signUp.signUp(other, null, null).orThrow();

        assertThat(result.directory().initialDomain()).isEqualTo("kelleywalloutlook1.onmicrosoft.com");
        assertThat(f.p.directoryUsers()
                        .byEmail(result.directory().id(), other.email())
                        .get(0)
                        .userPrincipalName())
                .isEqualTo("kelley.wall_outlook.de#EXT#@kelleywalloutlook1.onmicrosoft.com");
    }

    @Test
    void R36_azureSignUpRefusesUnknownOffersAndApplications() {
        State before = state();

        assertThat(signUp.signUp(f.world.kelleyMsaInDefault(), null, "MS-AZR-9999P")
                        .code())
                .isEqualTo(RuleCode.InvalidOffer);
        assertThat(signUp.signUp(f.world.kelleyMsaInDefault(), "x".repeat(65), null)
                        .code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(signUp.signUp(f.world.demoAutomation(), null, null).code())
                .isEqualTo(RuleCode.AzureSignUpRequiresPerson);
        assertThat(state()).isEqualTo(before);
    }

    private Caller signedInMicrosoftAccount(String email) {
        MicrosoftAccount msa = new MicrosoftAccount(
                new MicrosoftAccountId(f.p.ids().newId()),
                Email.of(email),
                "Someone",
                f.p.passwordHasher().hash("x"),
                NOW);
        f.p.microsoftAccounts().add(msa);
        return new Caller(msa.identity(), null, null, msa.email());
    }
}
