package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListSubscriptionsWithAnyRoleTest {
    final AccessFixture f = new AccessFixture();
    final ListSubscriptionsWithAnyRole query = f.subscriptionsWithAnyRole();

    @Test
    void classicAdministratorsAndAssigneesAtAnyScopeSeeTheSubscription() {
        assertThat(listed(f.world.kelleyMsaInDefault()))
                .extracting(Subscription::id)
                .containsExactly(SUBSCRIPTION);
        assertThat(listed(f.world.alexMsaInDefault()))
                .extracting(Subscription::id)
                .containsExactly(SUBSCRIPTION);
        assertThat(listed(f.world.samReader())).extracting(Subscription::id).containsExactly(SUBSCRIPTION);
        assertThat(listed(f.world.demoAutomation()))
                .extracting(Subscription::id)
                .containsExactly(SUBSCRIPTION);
    }

    @Test
    void othersSeeNoSubscriptions() {
        assertThat(listed(f.world.megan())).isEmpty();
        assertThat(listed(f.world.contosoGlobalAdministrator())).isEmpty();
        Caller kelleyInContoso = new Caller(
                new Identity.Personal(Worlds.KELLEY_MSA), CONTOSO, null, Email.of("kelley.wall@outlook.com"));
        assertThat(listed(kelleyInContoso)).isEmpty();
        f.p.roleAssignments().remove(Worlds.SAM_READER_ASSIGNMENT);
        assertThat(listed(f.world.samReader())).isEmpty();
    }

    @Test
    void R30_theListMarksWhereTheCallerIsAClassicAdministrator() {
        assertThat(query.page(f.world.kelleyMsaInDefault(), 0, 50).subscriptions())
                .extracting(Subscriptions.WithRole::classicAdministrator)
                .containsExactly(true);
        assertThat(query.page(f.world.alexMsaInDefault(), 0, 50).subscriptions())
                .extracting(Subscriptions.WithRole::classicAdministrator)
                .containsExactly(true);
        assertThat(query.page(f.world.samReader(), 0, 50).subscriptions())
                .extracting(Subscriptions.WithRole::classicAdministrator)
                .containsExactly(false);
    }

    @Test
    void R30_aPageSaysWhetherMoreFollowAndTheNextStartsWhereItEnded() {
        Subscription own = f.world.subscription();
        for (String name : List.of("Zeta", "alpha", "Beta")) {
            f.p.subscriptions()
                    .add(new Subscription(
                            dev.cerulean.core.common.SubscriptionId.of(
                                    java.util.UUID.randomUUID().toString()),
                            name,
                            own.offer(),
                            Subscription.SubscriptionState.Enabled,
                            own.directory(),
                            own.accountAdministrator(),
                            own.serviceAdministrator(),
                            false,
                            0));
        }
        Caller kelley = f.world.kelleyMsaInDefault();

        var first = query.page(kelley, 0, 2);
        var second = query.page(kelley, 2, 2);

        assertThat(first.more()).isTrue();
        assertThat(first.subscriptions())
                .extracting(w -> w.subscription().displayName())
                .containsExactly("alpha", "Beta");
        assertThat(second.more()).isFalse();
        assertThat(second.subscriptions())
                .extracting(w -> w.subscription().displayName())
                .containsExactly("Pay-As-You-Go", "Zeta");
        assertThat(query.counted(kelley, "", 1, 2).total()).isEqualTo(4);
        assertThat(query.counted(kelley, "ET", 0, 10).subscriptions())
                .extracting(w -> w.subscription().displayName())
                .containsExactly("Beta", "Zeta");
    }

    @Test
    void R30_aDeletedSubscriptionIsNotListed() {
        f.p.subscriptions()
                .update(new Subscription(
                        SUBSCRIPTION,
                        f.world.subscription().displayName(),
                        f.world.subscription().offer(),
                        Subscription.SubscriptionState.Deleted,
                        f.world.subscription().directory(),
                        f.world.subscription().accountAdministrator(),
                        f.world.subscription().serviceAdministrator(),
                        false,
                        f.world.subscription().version()));

        assertThat(query.page(f.world.kelleyMsaInDefault(), 0, 50).subscriptions())
                .isEmpty();
        assertThat(query.page(f.world.samReader(), 0, 50).subscriptions()).isEmpty();
    }

    private List<Subscription> listed(Caller caller) {
        return query.page(caller, 0, 50).subscriptions().stream()
                .map(Subscriptions.WithRole::subscription)
                .toList();
    }
}
