package dev.cerulean.core.subscription;

import static dev.cerulean.core.fixtures.Worlds.ALEX_MSA;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.RuleCode;
import org.junit.jupiter.api.Test;

class RemoveCoAdministratorTest {
    private final SubscriptionFixture f = new SubscriptionFixture();
    private final Caller kelley = f.world.kelleyMsaInDefault();

    @Test
    void removeWritesTheActivityLogAndMovesTheVersion() {
        long version = f.subscription(SUBSCRIPTION).version();

        CoAdministrator removed = f.removeCoAdministrator()
                .remove(kelley, SUBSCRIPTION, "ALEX.OPS@outlook.com")
                .orThrow();

        assertThat(removed.administrator().who()).isEqualTo(new Identity.Personal(ALEX_MSA));
        assertThat(f.p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
        assertThat(f.subscription(SUBSCRIPTION).version()).isEqualTo(version + 1);
        assertThat(f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0).operation())
                .isEqualTo("Microsoft.Authorization/classicAdministrators/delete");
    }

    @Test
    void removingSomeoneWhoIsNotACoAdministratorOrTheServiceAdministratorIsRefused() {
        var before = f.snapshot(SUBSCRIPTION);

        assertThat(f.removeCoAdministrator()
                        .remove(kelley, SUBSCRIPTION, "nobody@example.com")
                        .code())
                .isEqualTo(RuleCode.NotCoAdministrator);
        assertThat(f.removeCoAdministrator()
                        .remove(kelley, SUBSCRIPTION, "kelley.wall@outlook.com")
                        .code())
                .isEqualTo(RuleCode.CannotRemoveServiceAdministrator);
        assertThat(f.snapshot(SUBSCRIPTION)).isEqualTo(before);
    }
}
