package dev.cerulean.core.subscription;

import static dev.cerulean.core.fixtures.Worlds.ALEX_MSA;
import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KELLEY_MSA;
import static dev.cerulean.core.fixtures.Worlds.MEGAN_BOWEN;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.subscription.SubscriptionFixture.CONTOSO_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeServiceAdministratorTest {
    private final SubscriptionFixture f = new SubscriptionFixture();
    private final Caller kelley = f.world.kelleyMsaInDefault();

    @Test
    void R15_accountAdministratorNamesAnotherMicrosoftAccount() {
        long before = f.subscription(SUBSCRIPTION).version();

        Outcome<Subscription> out = f.changeServiceAdministrator().change(kelley, SUBSCRIPTION, "Alex.Ops@outlook.com");

        Subscription s = out.orThrow();
        assertThat(s.serviceAdministrator().who()).isEqualTo(new Identity.Personal(ALEX_MSA));
        assertThat(s.accountAdministrator().who()).isEqualTo(new Identity.Personal(KELLEY_MSA));
        assertThat(s.version()).isEqualTo(before + 1);
        assertThat(f.p.coAdministrators().of(SUBSCRIPTION))
                .as("alex is not listed twice")
                .isEmpty();
        ActivityLogEntry entry = f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0);
        assertThat(entry.operation()).isEqualTo("Microsoft.Authorization/classicAdministrators/write");
        assertThat(entry.caller()).isEqualTo("kelley.wall@outlook.com");
    }

    @Test
    void R15_onlyAccountAdministratorCanChangeServiceAdministrator() {
        var before = f.snapshot(SUBSCRIPTION);

        Outcome<Subscription> out =
                f.changeServiceAdministrator().change(f.world.alexMsaInDefault(), SUBSCRIPTION, "alex.ops@outlook.com");

        assertThat(out.code()).isEqualTo(RuleCode.OnlyAccountAdministratorCanChangeServiceAdministrator);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R16_microsoftAccountAdministratorMayNotNameAWorkAccount() {
        var before = f.snapshot(SUBSCRIPTION);

        Outcome<Subscription> out = f.changeServiceAdministrator()
                .change(kelley, SUBSCRIPTION, "sam.reader@kelleywalloutlook.onmicrosoft.com");

        assertThat(out.code()).isEqualTo(RuleCode.ServiceAdministratorNotAllowed);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R16_unknownEmailIsNotAllowed() {
        var before = f.snapshot(SUBSCRIPTION);

        Outcome<Subscription> out = f.changeServiceAdministrator().change(kelley, SUBSCRIPTION, "nobody@example.com");

        assertThat(out.code()).isEqualTo(RuleCode.ServiceAdministratorNotAllowed);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R16_workAccountAdministratorMayNameDirectoryUsersAndMicrosoftAccounts() {
        f.withContosoSubscription();
        Caller contosoAdmin = f.world.contosoGlobalAdministrator();

        Subscription toMegan = f.changeServiceAdministrator()
                .change(contosoAdmin, CONTOSO_SUBSCRIPTION, "megan.bowen@contoso.onmicrosoft.com")
                .orThrow();
        assertThat(toMegan.serviceAdministrator().who()).isEqualTo(new Identity.Work(CONTOSO, MEGAN_BOWEN));

        Subscription toAlex = f.changeServiceAdministrator()
                .change(contosoAdmin, CONTOSO_SUBSCRIPTION, "alex.ops@outlook.com")
                .orThrow();
        assertThat(toAlex.serviceAdministrator().who()).isEqualTo(new Identity.Personal(ALEX_MSA));
    }

    @Test
    void R16_workAccountAdministratorMayNotNameUsersOfAnotherDirectory() {
        f.withContosoSubscription();
        var before = f.snapshot(CONTOSO_SUBSCRIPTION);

        Outcome<Subscription> out = f.changeServiceAdministrator()
                .change(
                        f.world.contosoGlobalAdministrator(),
                        CONTOSO_SUBSCRIPTION,
                        "sam.reader@kelleywalloutlook.onmicrosoft.com");

        assertThat(out.code()).isEqualTo(RuleCode.ServiceAdministratorNotAllowed);
        assertThat(f.snapshot(CONTOSO_SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void R17_accountAdministratorHandsTheRoleAwayLosesAccessAndTakesItBack() {
        f.p.coAdministrators().remove(SUBSCRIPTION, new Identity.Personal(ALEX_MSA));
        f.changeServiceAdministrator()
                .change(kelley, SUBSCRIPTION, "alex.ops@outlook.com")
                .orThrow();

        assertThat(f.authorize.accessOf(SUBSCRIPTION).orElseThrow().isClassicAdministrator(kelley))
                .isFalse();
        assertThat(f.authorize.accessOf(SUBSCRIPTION).orElseThrow().isClassicAdministrator(f.world.alexMsaInDefault()))
                .isTrue();

        Subscription back = f.changeServiceAdministrator()
                .change(kelley, SUBSCRIPTION, "kelley.wall@outlook.com")
                .orThrow();

        assertThat(back.serviceAdministrator().who()).isEqualTo(new Identity.Personal(KELLEY_MSA));
        assertThat(f.authorize.accessOf(SUBSCRIPTION).orElseThrow().isClassicAdministrator(kelley))
                .isTrue();
        assertThat(f.authorize.accessOf(SUBSCRIPTION).orElseThrow().isClassicAdministrator(f.world.alexMsaInDefault()))
                .isFalse();
    }

    @Test
    void R17_accountAdministratorTakesTheRoleBackEvenWhenTheDirectoryNoLongerKnowsIt() {
        // a work-account Account Administrator whose subscription moved to another directory
        f.withContosoSubscription();
        Subscription s = f.subscription(CONTOSO_SUBSCRIPTION);
        f.p.subscriptions().update(s.withDirectory(DEFAULT_DIRECTORY, true));
        Caller contosoAdmin = f.world.contosoGlobalAdministrator();

        Subscription back = f.changeServiceAdministrator()
                .change(contosoAdmin, CONTOSO_SUBSCRIPTION, "kelley.wall@contoso.onmicrosoft.com")
                .orThrow();

        assertThat(back.serviceAdministrator().who()).isEqualTo(contosoAdmin.identity());
        assertThat(back.serviceAdministratorLostAccess()).isFalse();
    }

    @Test
    void namingAServiceAdministratorClearsTheLostAccessFlag() {
        Subscription s = f.subscription(SUBSCRIPTION);
        f.p.subscriptions().update(s.withDirectory(DEFAULT_DIRECTORY, true));

        Subscription changed = f.changeServiceAdministrator()
                .change(kelley, SUBSCRIPTION, "kelley.wall@outlook.com")
                .orThrow();

        assertThat(changed.serviceAdministratorLostAccess()).isFalse();
        assertThat(f.p.activityLog().all()).hasSize(1);
    }

    @Test
    void namingTheCurrentServiceAdministratorAgainChangesNothing() {
        var before = f.snapshot(SUBSCRIPTION);

        assertThat(f.changeServiceAdministrator()
                        .change(kelley, SUBSCRIPTION, "kelley.wall@outlook.com")
                        .isOk())
                .isTrue();

        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void aLostVersionRaceIsPreconditionFailed() {
        var before = f.snapshot(SUBSCRIPTION);
        Subscriptions racing = new Subscriptions() {
            public void add(Subscription s) {
                f.p.subscriptions().add(s);
            }

            public Optional<Subscription> byId(SubscriptionId id) {
                return f.p.subscriptions().byId(id);
            }

            public List<Subscription> all() {
                return f.p.subscriptions().all();
            }

            public List<Subscription> inDirectory(DirectoryId d) {
                return f.p.subscriptions().inDirectory(d);
            }

            public List<Subscription> withAccountAdministrator(dev.cerulean.core.account.Identity p) {
                return f.p.subscriptions().withAccountAdministrator(p);
            }

            public List<Subscription> withServiceAdministrator(dev.cerulean.core.account.Identity p) {
                return f.p.subscriptions().withServiceAdministrator(p);
            }

            public List<Subscription> administeredIn(
                    DirectoryId d, dev.cerulean.core.account.Identity p, String search, int offset, int limit) {
                return f.p.subscriptions().administeredIn(d, p, search, offset, limit);
            }

            public int countAdministeredIn(DirectoryId d, dev.cerulean.core.account.Identity p, String search) {
                return f.p.subscriptions().countAdministeredIn(d, p, search);
            }

            public List<WithRole> withAnyRole(RoleHolder holder, String search, int offset, int limit) {
                return f.p.subscriptions().withAnyRole(holder, search, offset, limit);
            }

            public int countWithAnyRole(RoleHolder holder, String search) {
                return f.p.subscriptions().countWithAnyRole(holder, search);
            }

            public boolean update(Subscription changed) {
                return false;
            }

            public void touch(SubscriptionId id) {
                f.p.subscriptions().touch(id);
            }
        };
        var useCase = new ChangeServiceAdministrator(
                racing,
                f.p.coAdministrators(),
                f.p.microsoftAccounts(),
                f.p.directoryUsers(),
                f.p.transactions(),
                f.activity);

        Outcome<Subscription> out = useCase.change(kelley, SUBSCRIPTION, "alex.ops@outlook.com");

        assertThat(out.code()).isEqualTo(RuleCode.PreconditionFailed);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }

    @Test
    void unknownAndInactiveSubscriptionsAndMalformedEmailsAreRefused() {
        assertThat(f.changeServiceAdministrator()
                        .change(kelley, SubscriptionId.of(Worlds.CONTOSO.toString()), "alex.ops@outlook.com")
                        .code())
                .isEqualTo(RuleCode.SubscriptionNotFound);
        assertThat(f.changeServiceAdministrator()
                        .change(kelley, SUBSCRIPTION, "not an email")
                        .code())
                .isEqualTo(RuleCode.InvalidEmail);
        f.setState(SUBSCRIPTION, Subscription.SubscriptionState.Disabled);
        var before = f.snapshot(SUBSCRIPTION);
        assertThat(f.changeServiceAdministrator()
                        .change(kelley, SUBSCRIPTION, "alex.ops@outlook.com")
                        .code())
                .isEqualTo(RuleCode.SubscriptionNotActive);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }
}
