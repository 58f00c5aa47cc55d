package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.T0;
import static dev.cerulean.core.contract.ContractData.hash;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.subscription;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.subscription.Subscription;
import org.junit.jupiter.api.Test;

/** What every store's transactions do; rolling back is {@link TransactionRollbackContract}. */
public abstract class TransactionsContract extends PortContract {

    private static MicrosoftAccount account(String email) {
        return new MicrosoftAccount(new MicrosoftAccountId(uuid()), Email.of(email), email, hash(email), T0);
    }

    @Test
    void inTransactionAnswersWhatTheWorkReturns() {
        assertThat(ports.transactions().inTransaction(() -> 42)).isEqualTo(42);
    }

    @Test
    void workSeesItsOwnWritesAndTheyStayAfterwards() {
        MicrosoftAccount kelley = account("kelley.wall@outlook.com");

        boolean seenInside = ports.transactions().inTransaction(() -> {
            ports.microsoftAccounts().add(kelley);
            return ports.microsoftAccounts().byEmail(kelley.email()).isPresent();
        });

        assertThat(seenInside).isTrue();
        assertThat(ports.microsoftAccounts().byId(kelley.id())).contains(kelley);
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        MicrosoftAccount a = account("a@outlook.com");
        MicrosoftAccount b = account("b@outlook.com");

        ports.transactions().inTransaction(() -> {
            ports.microsoftAccounts().add(a);
            ports.transactions().inTransaction(() -> {
                ports.microsoftAccounts().add(b);
                return ports.microsoftAccounts().byId(a.id()).orElseThrow();
            });
            return null;
        });

        assertThat(ports.microsoftAccounts().all()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void aVersionCheckedUpdateInsideATransactionSeesTheTransactionsOwnTouch() {
        Subscription s = subscription();
        ports.subscriptions().add(s);

        boolean staleWritten = ports.transactions().inTransaction(() -> {
            ports.subscriptions().touch(s.id());
            return ports.subscriptions().update(s.withDirectory(ContractData.directoryId(), false));
        });

        assertThat(staleWritten).isFalse();
        assertThat(ports.subscriptions().byId(s.id()).orElseThrow().version()).isEqualTo(s.version() + 1);
    }

    @Test
    void writesOfSeveralPortsInOneTransactionAreAllKept() {
        Subscription s = subscription(ContractData.directoryId(), msa(), "kelley.wall@outlook.com");
        MicrosoftAccount kelley = account("kelley.wall@outlook.com");

        ports.transactions().inTransaction(() -> {
            ports.microsoftAccounts().add(kelley);
            ports.subscriptions().add(s);
            ports.subscriptions().touch(s.id());
            return null;
        });

        assertThat(ports.microsoftAccounts().byId(kelley.id())).isPresent();
        assertThat(ports.subscriptions().byId(s.id()).orElseThrow().version()).isEqualTo(1);
    }
}
