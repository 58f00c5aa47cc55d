package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.T0;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Subscription;
import org.junit.jupiter.api.Test;

/**
 * The classic portal's SETTINGS list a page at a time: the directory's live subscriptions a person
 * serves or co-administers, by name whatever its case, searched by name or id, read in the store.
 */
public abstract class AdministeredSubscriptionsContract extends PortContract {
    private final DirectoryId contoso = directoryId();
    private final Identity.Personal kelley = msa();
    private final ClassicAdministrator asKelley = new ClassicAdministrator(kelley, Email.of("kelley@outlook.com"));
    private final ClassicAdministrator asAlex = new ClassicAdministrator(msa(), Email.of("alex@outlook.com"));

    private Subscription add(
            String name, DirectoryId directory, ClassicAdministrator service, Subscription.SubscriptionState state) {
        return add(name, directory, service, state, false);
    }

    private Subscription add(
            String name,
            DirectoryId directory,
            ClassicAdministrator service,
            Subscription.SubscriptionState state,
            boolean lostAccess) {
        Subscription s = new Subscription(
                subscriptionId(), name, Offer.PAY_AS_YOU_GO, state, directory, service, service, lostAccess, 0);
        ports.subscriptions().add(s);
        return s;
    }

    private Subscription live(String name, ClassicAdministrator service) {
        return add(name, contoso, service, Subscription.SubscriptionState.Enabled);
    }

    @Test
    void onlyTheDirectorysLiveSubscriptionsThePersonServesOrCoAdministersArePagedByName() {
        Subscription beta = live("beta", asKelley);
        Subscription alpha = live("Alpha", asAlex);
        ports.coAdministrators().add(new CoAdministrator(alpha.id(), asKelley, T0));
        Subscription charlie = live("Charlie", asKelley);
        live("someone else's", asAlex);
        add("lost access", contoso, asKelley, Subscription.SubscriptionState.Enabled, true);
        add("deleted", contoso, asKelley, Subscription.SubscriptionState.Deleted);
        add("elsewhere", directoryId(), asKelley, Subscription.SubscriptionState.Enabled);

        assertThat(ports.subscriptions().administeredIn(contoso, kelley, "", 0, 2))
                .extracting(Subscription::id)
                .containsExactly(alpha.id(), beta.id());
        assertThat(ports.subscriptions().administeredIn(contoso, kelley, null, 2, 2))
                .extracting(Subscription::id)
                .containsExactly(charlie.id());
        assertThat(ports.subscriptions().countAdministeredIn(contoso, kelley, ""))
                .isEqualTo(3);
        assertThat(ports.subscriptions().countAdministeredIn(contoso, msa(), ""))
                .isZero();
    }

    @Test
    void aSearchMatchesTheNameOrIdAnywhereAndItsWildcardsAreLiteral() {
        Subscription payg = live("Pay-As-You-Go", asKelley);
        Subscription dev = live("dev_test", asKelley);
        live("devXtest", asKelley);
        String idPart = dev.id().toString().substring(9, 18).toUpperCase();

        assertThat(ports.subscriptions().administeredIn(contoso, kelley, "AS-YOU", 0, 10))
                .extracting(Subscription::id)
                .containsExactly(payg.id());
        assertThat(ports.subscriptions().administeredIn(contoso, kelley, idPart, 0, 10))
                .extracting(Subscription::id)
                .containsExactly(dev.id());
        assertThat(ports.subscriptions().administeredIn(contoso, kelley, "v_t", 0, 10))
                .extracting(Subscription::id)
                .containsExactly(dev.id());
        assertThat(ports.subscriptions().countAdministeredIn(contoso, kelley, "northwind"))
                .isZero();
    }

    /** The change-the-service-administrator page's list: where the person is account administrator (R15). */
    @Test
    void theLiveSubscriptionsWhoseAccountAdministratorThePersonIsArePagedByNameAndSearched() {
        Subscription beta = live("beta", asKelley);
        Subscription alpha = live("Alpha", asKelley);
        Subscription charlie = add("Charlie_1", directoryId(), asKelley, Subscription.SubscriptionState.Enabled);
        live("someone else's", asAlex);
        add("deleted", contoso, asKelley, Subscription.SubscriptionState.Deleted);
        // account administrator, though another person serves it
        Subscription served = new Subscription(
                subscriptionId(),
                "delta",
                Offer.PAY_AS_YOU_GO,
                Subscription.SubscriptionState.Enabled,
                contoso,
                asKelley,
                asAlex,
                false,
                0);
        ports.subscriptions().add(served);

        assertThat(ports.subscriptions().withAccountAdministrator(kelley, "", 0, 2))
                .extracting(Subscription::id)
                .containsExactly(alpha.id(), beta.id());
        assertThat(ports.subscriptions().withAccountAdministrator(kelley, null, 2, 5))
                .extracting(Subscription::id)
                .containsExactly(charlie.id(), served.id());
        assertThat(ports.subscriptions().countWithAccountAdministrator(kelley, ""))
                .isEqualTo(4);
        assertThat(ports.subscriptions().withAccountAdministrator(kelley, "ALP", 0, 10))
                .extracting(Subscription::id)
                .containsExactly(alpha.id());
        assertThat(ports.subscriptions().withAccountAdministrator(kelley, "e_1", 0, 10))
                .extracting(Subscription::id)
                .containsExactly(charlie.id());
        String idPart = served.id().toString().substring(9, 18).toUpperCase();
        assertThat(ports.subscriptions().withAccountAdministrator(kelley, idPart, 0, 10))
                .extracting(Subscription::id)
                .containsExactly(served.id());
        assertThat(ports.subscriptions().countWithAccountAdministrator(kelley, "northwind"))
                .isZero();
        assertThat(ports.subscriptions().countWithAccountAdministrator(msa(), ""))
                .isZero();
    }
}
