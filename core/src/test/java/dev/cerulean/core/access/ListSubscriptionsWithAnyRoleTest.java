package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Subscription;
import org.junit.jupiter.api.Test;

class ListSubscriptionsWithAnyRoleTest {
    final AccessFixture f = new AccessFixture();
    final ListSubscriptionsWithAnyRole query = f.subscriptionsWithAnyRole();

    @Test
    void classicAdministratorsAndAssigneesAtAnyScopeSeeTheSubscription() {
        assertThat(query.of(f.world.kelleyMsaInDefault()))
                .extracting(Subscription::id)
                .containsExactly(SUBSCRIPTION);
        assertThat(query.of(f.world.alexMsaInDefault()))
                .extracting(Subscription::id)
                .containsExactly(SUBSCRIPTION);
        assertThat(query.of(f.world.samReader())).extracting(Subscription::id).containsExactly(SUBSCRIPTION);
        assertThat(query.of(f.world.demoAutomation()))
                .extracting(Subscription::id)
                .containsExactly(SUBSCRIPTION);
    }

    @Test
    void othersSeeNoSubscriptions() {
        assertThat(query.of(f.world.megan())).isEmpty();
        assertThat(query.of(f.world.contosoGlobalAdministrator())).isEmpty();
        Caller kelleyInContoso = new Caller(
                new Identity.Personal(Worlds.KELLEY_MSA), CONTOSO, null, Email.of("kelley.wall@outlook.com"));
        assertThat(query.of(kelleyInContoso)).isEmpty();
        f.p.roleAssignments().remove(Worlds.SAM_READER_ASSIGNMENT);
        assertThat(query.of(f.world.samReader())).isEmpty();
    }
}
