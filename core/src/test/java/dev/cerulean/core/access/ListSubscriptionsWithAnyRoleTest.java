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

    private List<Subscription> listed(Caller caller) {
        return query.page(caller, 0, 50).subscriptions().stream()
                .map(Subscriptions.WithRole::subscription)
                .toList();
    }
}
