package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.subscription;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Subscription;
import org.junit.jupiter.api.Test;

public abstract class SubscriptionsContract extends PortContract {

    private Subscription stored(Subscription s) {
        return ports.subscriptions().byId(s.id()).orElseThrow();
    }

    @Test
    void anAddedSubscriptionRoundTrips() {
        DirectoryId contoso = directoryId();
        ClassicAdministrator account = new ClassicAdministrator(msa(), Email.of("kelley.wall@outlook.com"));
        ClassicAdministrator service = new ClassicAdministrator(work(contoso), Email.of("megan@contoso.com"));
        Subscription s = new Subscription(
                subscriptionId(),
                "Visual Studio",
                Offer.parse("MS-AZR-0063P").orElseThrow(),
                Subscription.SubscriptionState.Warned,
                contoso,
                account,
                service,
                true,
                7);

        ports.subscriptions().add(s);

        assertThat(stored(s)).isEqualTo(s);
        assertThat(ports.subscriptions().byId(subscriptionId())).isEmpty();
    }

    @Test
    void subscriptionsAreListedAllAndByDirectory() {
        DirectoryId contoso = directoryId();
        Subscription a = subscription(contoso, msa(), "a@outlook.com");
        Subscription b = subscription(contoso, msa(), "b@outlook.com");
        Subscription c = subscription();
        ports.subscriptions().add(a);
        ports.subscriptions().add(b);
        ports.subscriptions().add(c);

        assertThat(ports.subscriptions().all()).containsExactlyInAnyOrder(a, b, c);
        assertThat(ports.subscriptions().inDirectory(contoso)).containsExactlyInAnyOrder(a, b);
        assertThat(ports.subscriptions().inDirectory(directoryId())).isEmpty();
    }

    @Test
    void subscriptionsAreFoundByTheirAccountAndServiceAdministrators() {
        var kelley = msa();
        var megan = work(directoryId());
        Subscription both = subscription(directoryId(), kelley, "kelley@outlook.com");
        Subscription other = subscription();
        Subscription handedOver = new Subscription(
                subscriptionId(),
                "Handed over",
                Offer.PAY_AS_YOU_GO,
                Subscription.SubscriptionState.Enabled,
                directoryId(),
                new ClassicAdministrator(kelley, Email.of("kelley@outlook.com")),
                new ClassicAdministrator(megan, Email.of("megan@contoso.com")),
                false,
                1);
        ports.subscriptions().add(both);
        ports.subscriptions().add(other);
        ports.subscriptions().add(handedOver);

        assertThat(ports.subscriptions().withAccountAdministrator(kelley)).containsExactlyInAnyOrder(both, handedOver);
        assertThat(ports.subscriptions().withServiceAdministrator(kelley)).containsExactly(both);
        assertThat(ports.subscriptions().withServiceAdministrator(megan)).containsExactly(handedOver);
        assertThat(ports.subscriptions().withAccountAdministrator(megan)).isEmpty();
    }

    @Test
    void aSubscriptionIdIsAddedOnce() {
        Subscription s = subscription();
        ports.subscriptions().add(s);

        assertThatThrownBy(() -> ports.subscriptions().add(s.withDirectory(directoryId(), false)))
                .isInstanceOf(RuntimeException.class);

        assertThat(stored(s)).isEqualTo(s);
    }

    @Test
    void updateWithTheCurrentVersionWritesEveryFieldAndIncrementsTheVersion() {
        Subscription s = subscription();
        ports.subscriptions().add(s);
        DirectoryId contoso = directoryId();
        Subscription moved = s.withDirectory(contoso, true);

        boolean written = ports.subscriptions().update(moved);

        assertThat(written).isTrue();
        Subscription after = stored(s);
        assertThat(after.version()).isEqualTo(s.version() + 1);
        assertThat(after.directory()).isEqualTo(contoso);
        assertThat(after.serviceAdministratorLostAccess()).isTrue();
        assertThat(after.accountAdministrator()).isEqualTo(s.accountAdministrator());
        assertThat(ports.subscriptions().inDirectory(contoso)).containsExactly(after);
    }

    @Test
    void updateFromAStaleVersionIsRefusedAndChangesNothing() {
        Subscription s = subscription();
        ports.subscriptions().add(s);
        ports.subscriptions().touch(s.id());
        Subscription current = stored(s);

        boolean written = ports.subscriptions().update(s.withDirectory(directoryId(), false));

        assertThat(written).isFalse();
        assertThat(stored(s)).isEqualTo(current);
    }

    @Test
    void twoUpdatesFromTheSameViewLetOnlyTheFirstWrite() {
        Subscription s = subscription();
        ports.subscriptions().add(s);
        ClassicAdministrator newAdmin = new ClassicAdministrator(msa(), Email.of("alex@outlook.com"));

        boolean first = ports.subscriptions().update(s.withServiceAdministrator(newAdmin));
        boolean second = ports.subscriptions().update(s.withDirectory(directoryId(), false));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(stored(s).serviceAdministrator()).isEqualTo(newAdmin);
        assertThat(stored(s).directory()).isEqualTo(s.directory());
        assertThat(stored(s).version()).isEqualTo(s.version() + 1);
    }

    @Test
    void updateOfAnUnknownSubscriptionWritesNothing() {
        assertThat(ports.subscriptions().update(subscription())).isFalse();
        assertThat(ports.subscriptions().all()).isEmpty();
    }

    @Test
    void touchIncrementsTheVersionOnly() {
        Subscription s = subscription();
        ports.subscriptions().add(s);

        ports.subscriptions().touch(s.id());
        ports.subscriptions().touch(s.id());
        ports.subscriptions().touch(subscriptionId());

        Subscription after = stored(s);
        assertThat(after.version()).isEqualTo(s.version() + 2);
        assertThat(new Subscription(
                        after.id(),
                        after.displayName(),
                        after.offer(),
                        after.state(),
                        after.directory(),
                        after.accountAdministrator(),
                        after.serviceAdministrator(),
                        after.serviceAdministratorLostAccess(),
                        s.version()))
                .isEqualTo(s);
    }
}
