package dev.cerulean.core.subscription;

import static dev.cerulean.core.fixtures.Worlds.ALEX_MSA;
import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KELLEY_MSA;
import static dev.cerulean.core.fixtures.Worlds.LEE_GU;
import static dev.cerulean.core.fixtures.Worlds.MEGAN_BOWEN;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.subscription.SubscriptionFixture.CONTOSO_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.DirectoryUser;
import org.junit.jupiter.api.Test;

class CoAdministratorsTest {
    private final SubscriptionFixture f = new SubscriptionFixture();
    private final Caller kelley = f.world.kelleyMsaInDefault();

    @Test
    void serviceAdministratorAddsAMicrosoftAccount() {
        addMicrosoftAccount("jo.dev@outlook.com");
        long version = f.subscription(SUBSCRIPTION).version();

        CoAdministrator added = f.addCoAdministrator()
                .add(kelley, SUBSCRIPTION, "jo.dev@outlook.com")
                .orThrow();

        assertThat(added.administrator().isMicrosoftAccount()).isTrue();
        assertThat(f.p.coAdministrators().of(SUBSCRIPTION)).contains(added).hasSize(2);
        assertThat(f.subscription(SUBSCRIPTION).version()).isEqualTo(version + 1);
        assertThat(f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0).operation())
                .isEqualTo("Microsoft.Authorization/classicAdministrators/write");
    }

    @Test
    void R19_coAdministratorMayAddAndRemoveCoAdministrators() {
        Caller alex = f.world.alexMsaInDefault();

        CoAdministrator sam = f.addCoAdministrator()
                .add(alex, SUBSCRIPTION, "sam.reader@kelleywalloutlook.onmicrosoft.com")
                .orThrow();
        assertThat(sam.administrator().who()).isEqualTo(new Identity.Work(DEFAULT_DIRECTORY, SAM_READER));

        f.removeCoAdministrator()
                .remove(alex, SUBSCRIPTION, "sam.reader@kelleywalloutlook.onmicrosoft.com")
                .orThrow();
        assertThat(f.p.coAdministrators().of(SUBSCRIPTION))
                .extracting(c -> c.administrator().who())
                .containsExactly(new Identity.Personal(ALEX_MSA));
    }

    @Test
    void R19_requiresServiceOrCoAdministrator() {
        var before = f.snapshot(SUBSCRIPTION);

        Outcome<CoAdministrator> out = f.addCoAdministrator()
                .add(f.world.samReader(), SUBSCRIPTION, "sam.reader@kelleywalloutlook.onmicrosoft.com");
        Outcome<CoAdministrator> removal =
                f.removeCoAdministrator().remove(f.world.samReader(), SUBSCRIPTION, "alex.ops@outlook.com");

        assertThat(out.code()).isEqualTo(RuleCode.RequiresServiceOrCoAdministrator);
        assertThat(removal.code()).isEqualTo(RuleCode.RequiresServiceOrCoAdministrator);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R19_serviceAdministratorSignedInThroughAnotherDirectoryIsRefused() {
        var before = f.snapshot(SUBSCRIPTION);
        Caller kelleyInContoso = new Caller(kelley.identity(), CONTOSO, null, kelley.email());

        Outcome<CoAdministrator> out =
                f.addCoAdministrator().add(kelleyInContoso, SUBSCRIPTION, "alex.ops@outlook.com");

        assertThat(out.code()).isEqualTo(RuleCode.RequiresServiceOrCoAdministrator);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R20_microsoftAccountCallerMayNotAddAWorkAccountOfAnotherDirectory() {
        var before = f.snapshot(SUBSCRIPTION);

        Outcome<CoAdministrator> out =
                f.addCoAdministrator().add(kelley, SUBSCRIPTION, "megan.bowen@contoso.onmicrosoft.com");

        assertThat(out.code()).isEqualTo(RuleCode.CoAdministratorNotInDirectory);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R20_unknownEmailIsRefused() {
        var before = f.snapshot(SUBSCRIPTION);

        assertThat(f.addCoAdministrator()
                        .add(kelley, SUBSCRIPTION, "nobody@example.com")
                        .code())
                .isEqualTo(RuleCode.CoAdministratorNotInDirectory);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R20_workAccountCallerMayAddWorkAccountsOfItsOwnDirectoryAndMicrosoftAccounts() {
        f.withContosoSubscription();
        Caller contosoAdmin = f.world.contosoGlobalAdministrator();

        CoAdministrator megan = f.addCoAdministrator()
                .add(contosoAdmin, CONTOSO_SUBSCRIPTION, "megan.bowen@contoso.onmicrosoft.com")
                .orThrow();
        CoAdministrator alex = f.addCoAdministrator()
                .add(contosoAdmin, CONTOSO_SUBSCRIPTION, "alex.ops@outlook.com")
                .orThrow();

        assertThat(megan.administrator().who()).isEqualTo(new Identity.Work(CONTOSO, MEGAN_BOWEN));
        assertThat(alex.administrator().who()).isEqualTo(new Identity.Personal(ALEX_MSA));
    }

    @Test
    void R20_workAccountCallerMayNotAddWorkAccountsOfAnotherDirectory() {
        f.withContosoSubscription();
        var before = f.snapshot(CONTOSO_SUBSCRIPTION);

        Outcome<CoAdministrator> out = f.addCoAdministrator()
                .add(
                        f.world.contosoGlobalAdministrator(),
                        CONTOSO_SUBSCRIPTION,
                        "sam.reader@kelleywalloutlook.onmicrosoft.com");

        assertThat(out.code()).isEqualTo(RuleCode.CoAdministratorNotInDirectory);
        assertThat(f.snapshot(CONTOSO_SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R20_dualEmailIsTheDirectoryUserForAWorkCallerAndTheMicrosoftAccountForAMicrosoftAccountCaller() {
        MicrosoftAccount meganMsa = addMicrosoftAccount("megan.bowen@contoso.onmicrosoft.com");
        f.withContosoSubscription();
        CoAdministrator forWorkCaller = f.addCoAdministrator()
                .add(f.world.contosoGlobalAdministrator(), CONTOSO_SUBSCRIPTION, "megan.bowen@contoso.onmicrosoft.com")
                .orThrow();
        assertThat(forWorkCaller.administrator().who()).isEqualTo(new Identity.Work(CONTOSO, MEGAN_BOWEN));

        Caller kelleyInContoso = moveDemoSubscriptionToContoso();
        CoAdministrator forMsaCaller = f.addCoAdministrator()
                .add(kelleyInContoso, SUBSCRIPTION, "megan.bowen@contoso.onmicrosoft.com")
                .orThrow();
        assertThat(forMsaCaller.administrator().who()).isEqualTo(meganMsa.identity());
    }

    @Test
    void walkthroughStep3_serviceAdministratorAddsMeganAfterTheDirectoryChange() {
        Caller kelleyInContoso = moveDemoSubscriptionToContoso();

        CoAdministrator megan = f.addCoAdministrator()
                .add(kelleyInContoso, SUBSCRIPTION, "megan.bowen@contoso.onmicrosoft.com")
                .orThrow();

        assertThat(megan.administrator().who()).isEqualTo(new Identity.Work(CONTOSO, MEGAN_BOWEN));
        assertThat(f.p.coAdministrators().of(SUBSCRIPTION)).containsExactly(megan);
    }

    @Test
    void R21_coAdministratorLimitReached() {
        // alex is the first; 199 more make 200
        for (int i = 1; i < AddCoAdministrator.LIMIT; i++) {
            f.p.coAdministrators()
                    .add(f.coAdministrator(
                            SUBSCRIPTION,
                            new Identity.Personal(
                                    new MicrosoftAccountId(f.p.ids().newId())),
                            "admin" + i + "@outlook.com"));
        }
        addMicrosoftAccount("one.too.many@outlook.com");
        var before = f.snapshot(SUBSCRIPTION);
        assertThat(before.coAdministrators()).hasSize(200);

        Outcome<CoAdministrator> out = f.addCoAdministrator().add(kelley, SUBSCRIPTION, "one.too.many@outlook.com");

        assertThat(out.code()).isEqualTo(RuleCode.CoAdministratorLimitReached);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R21_theTwoHundredthIsAccepted() {
        for (int i = 1; i < AddCoAdministrator.LIMIT - 1; i++) {
            f.p.coAdministrators()
                    .add(f.coAdministrator(
                            SUBSCRIPTION,
                            new Identity.Personal(
                                    new MicrosoftAccountId(f.p.ids().newId())),
                            "admin" + i + "@outlook.com"));
        }
        addMicrosoftAccount("last.one@outlook.com");

        assertThat(f.addCoAdministrator()
                        .add(kelley, SUBSCRIPTION, "last.one@outlook.com")
                        .isOk())
                .isTrue();
        assertThat(f.p.coAdministrators().of(SUBSCRIPTION)).hasSize(200);
    }

    @Test
    void R23_guestInvitationNotRedeemed() {
        DirectoryUser guest = leeGuAsGuestOfDefaultDirectory(DirectoryUser.InvitationState.PendingAcceptance);
        var before = f.snapshot(SUBSCRIPTION);

        Outcome<CoAdministrator> out =
                f.addCoAdministrator().add(kelley, SUBSCRIPTION, "lee.gu@contoso.onmicrosoft.com");

        assertThat(out.code()).isEqualTo(RuleCode.GuestInvitationNotRedeemed);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);

        f.p.directoryUsers().update(withInvitation(guest, DirectoryUser.InvitationState.Accepted));
        CoAdministrator added = f.addCoAdministrator()
                .add(kelley, SUBSCRIPTION, "lee.gu@contoso.onmicrosoft.com")
                .orThrow();
        assertThat(added.administrator().who()).isEqualTo(new Identity.Work(CONTOSO, LEE_GU));
    }

    @Test
    void R24_ownerIsNotACoAdministrator() {
        f.p.roleAssignments()
                .add(new RoleAssignment(
                        RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000f1"),
                        Scope.subscription(SUBSCRIPTION),
                        SAM_READER,
                        RoleAssignment.PrincipalType.User,
                        BuiltInRoles.OWNER.id(),
                        DEFAULT_DIRECTORY,
                        NOW,
                        "kelley.wall@outlook.com"));
        var before = f.snapshot(SUBSCRIPTION);

        Outcome<CoAdministrator> out = f.addCoAdministrator()
                .add(f.world.samReader(), SUBSCRIPTION, "sam.reader@kelleywalloutlook.onmicrosoft.com");

        assertThat(before.coAdministrators())
                .extracting(c -> c.administrator().who())
                .doesNotContain(f.world.samReader().identity());
        assertThat(out.code()).isEqualTo(RuleCode.RequiresServiceOrCoAdministrator);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R24_alreadyCoAdministrator() {
        var before = f.snapshot(SUBSCRIPTION);

        assertThat(f.addCoAdministrator()
                        .add(kelley, SUBSCRIPTION, "alex.ops@outlook.com")
                        .code())
                .isEqualTo(RuleCode.AlreadyCoAdministrator);
        assertThat(f.addCoAdministrator()
                        .add(kelley, SUBSCRIPTION, "kelley.wall@outlook.com")
                        .code())
                .as("the service administrator")
                .isEqualTo(RuleCode.AlreadyCoAdministrator);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void unknownOrInactiveSubscriptionsAreRefused() {
        SubscriptionId unknown = SubscriptionId.of("5b5b5b5b-0000-4000-8000-0000000000ff");
        assertThat(f.addCoAdministrator()
                        .add(kelley, unknown, "alex.ops@outlook.com")
                        .code())
                .isEqualTo(RuleCode.SubscriptionNotFound);
        assertThat(f.removeCoAdministrator()
                        .remove(kelley, unknown, "alex.ops@outlook.com")
                        .code())
                .isEqualTo(RuleCode.SubscriptionNotFound);
        addMicrosoftAccount("jo.dev@outlook.com");
        for (var state : new Subscription.SubscriptionState[] {
            Subscription.SubscriptionState.Disabled, Subscription.SubscriptionState.Deleted
        }) {
            f.setState(SUBSCRIPTION, state);
            var before = f.snapshot(SUBSCRIPTION);
            assertThat(f.addCoAdministrator()
                            .add(kelley, SUBSCRIPTION, "jo.dev@outlook.com")
                            .code())
                    .isEqualTo(RuleCode.SubscriptionNotActive);
            assertThat(f.removeCoAdministrator()
                            .remove(kelley, SUBSCRIPTION, "alex.ops@outlook.com")
                            .code())
                    .isEqualTo(RuleCode.SubscriptionNotActive);
            assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
        }
    }

    private MicrosoftAccount addMicrosoftAccount(String email) {
        MicrosoftAccount msa = new MicrosoftAccount(
                new MicrosoftAccountId(f.p.ids().newId()),
                Email.of(email),
                email,
                f.p.passwordHasher().hash("x"),
                NOW);
        f.p.microsoftAccounts().add(msa);
        return msa;
    }

    /** What the directory change leaves: the subscription trusts Contoso, kelley's MSA is a member there. */
    private Caller moveDemoSubscriptionToContoso() {
        f.p.subscriptions().update(f.subscription(SUBSCRIPTION).withDirectory(CONTOSO, false));
        f.p.coAdministrators().removeAll(SUBSCRIPTION);
        ObjectId kelleyInContoso = ObjectId.of("0c000000-0000-4000-8000-0000000000aa");
        f.addUser(new DirectoryUser(
                kelleyInContoso,
                CONTOSO,
                "Kelley Wall",
                "kelley.wall_outlook.com#EXT#@contoso.onmicrosoft.com",
                Email.of("kelley.wall@outlook.com"),
                DirectoryUser.UserType.Member,
                DirectoryUser.Source.MICROSOFT_ACCOUNT,
                new Identity.Personal(KELLEY_MSA),
                null,
                null));
        return new Caller(
                new Identity.Personal(KELLEY_MSA), CONTOSO, kelleyInContoso, Email.of("kelley.wall@outlook.com"));
    }

    private DirectoryUser leeGuAsGuestOfDefaultDirectory(DirectoryUser.InvitationState state) {
        DirectoryUser guest = new DirectoryUser(
                ObjectId.of("0d000000-0000-4000-8000-0000000000aa"),
                DEFAULT_DIRECTORY,
                "Lee Gu",
                "lee.gu_contoso.onmicrosoft.com#EXT#@kelleywalloutlook.onmicrosoft.com",
                Email.of("lee.gu@contoso.onmicrosoft.com"),
                DirectoryUser.UserType.Guest,
                DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT,
                new Identity.Work(CONTOSO, LEE_GU),
                state,
                null);
        f.addUser(guest);
        return guest;
    }

    private static DirectoryUser withInvitation(DirectoryUser u, DirectoryUser.InvitationState state) {
        return new DirectoryUser(
                u.id(),
                u.directory(),
                u.displayName(),
                u.userPrincipalName(),
                u.mail(),
                u.type(),
                u.source(),
                u.person(),
                state,
                u.password());
    }
}
