package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import org.junit.jupiter.api.Test;

public abstract class CoAdministratorsContract extends PortContract {
    private final SubscriptionId payg = subscriptionId();
    private final SubscriptionId other = subscriptionId();

    private static CoAdministrator co(SubscriptionId s, Identity who, String email, int minute) {
        return new CoAdministrator(s, new ClassicAdministrator(who, Email.of(email)), at(minute));
    }

    @Test
    void coAdministratorsAreListedInTheOrderTheyWereAdded() {
        CoAdministrator alex = co(payg, msa(), "alex@outlook.com", 2);
        CoAdministrator megan = co(payg, work(directoryId()), "megan@contoso.com", 1);
        CoAdministrator elsewhere = co(other, msa(), "sam@outlook.com", 3);

        ports.coAdministrators().add(alex);
        ports.coAdministrators().add(megan);
        ports.coAdministrators().add(elsewhere);

        assertThat(ports.coAdministrators().of(payg)).containsExactly(alex, megan);
        assertThat(ports.coAdministrators().of(subscriptionId())).isEmpty();
        var both = ports.coAdministrators().ofAll(java.util.List.of(payg, other, subscriptionId()));
        assertThat(both).containsOnlyKeys(payg, other);
        assertThat(both.get(payg)).containsExactly(alex, megan);
        assertThat(both.get(other)).containsExactly(elsewhere);
        assertThat(ports.coAdministrators().ofAll(java.util.List.of())).isEmpty();
    }

    @Test
    void aPersonIsCoAdministratorOfASubscriptionOnce() {
        Identity.Personal alex = msa();
        CoAdministrator first = co(payg, alex, "alex@outlook.com", 1);
        ports.coAdministrators().add(first);

        assertThatThrownBy(() -> ports.coAdministrators().add(co(payg, alex, "alex@hotmail.com", 2)))
                .isInstanceOf(RuntimeException.class);
        ports.coAdministrators().add(co(other, alex, "alex@outlook.com", 3));

        assertThat(ports.coAdministrators().of(payg)).containsExactly(first);
        assertThat(ports.coAdministrators().subscriptionsOf(alex)).containsExactlyInAnyOrder(payg, other);
    }

    @Test
    void removeTakesAwayThatPersonOnly() {
        Identity.Personal alex = msa();
        CoAdministrator megan = co(payg, work(directoryId()), "megan@contoso.com", 1);
        ports.coAdministrators().add(co(payg, alex, "alex@outlook.com", 0));
        ports.coAdministrators().add(megan);
        ports.coAdministrators().add(co(other, alex, "alex@outlook.com", 2));

        ports.coAdministrators().remove(payg, alex);

        assertThat(ports.coAdministrators().of(payg)).containsExactly(megan);
        assertThat(ports.coAdministrators().subscriptionsOf(alex)).containsExactly(other);
    }

    @Test
    void removeAllEmptiesOneSubscription() {
        CoAdministrator kept = co(other, msa(), "sam@outlook.com", 2);
        ports.coAdministrators().add(co(payg, msa(), "alex@outlook.com", 0));
        ports.coAdministrators().add(co(payg, msa(), "lee@outlook.com", 1));
        ports.coAdministrators().add(kept);

        ports.coAdministrators().removeAll(payg);

        assertThat(ports.coAdministrators().of(payg)).isEmpty();
        assertThat(ports.coAdministrators().of(other)).containsExactly(kept);
    }
}
