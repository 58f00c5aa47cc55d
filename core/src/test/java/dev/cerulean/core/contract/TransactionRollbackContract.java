package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.T0;
import static dev.cerulean.core.contract.ContractData.directory;
import static dev.cerulean.core.contract.ContractData.hash;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.subscription;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.subscription.Subscription;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What database stores add to {@link TransactionsContract}: atomicity and isolation. The
 * in-memory fakes do not roll back (use cases check before they write), so they do not run it.
 */
public abstract class TransactionRollbackContract extends PortContract {

    private static MicrosoftAccount account(String email) {
        return new MicrosoftAccount(new MicrosoftAccountId(uuid()), Email.of(email), email, hash(email), T0);
    }

    @Test
    void anExceptionRollsBackEveryWriteOfTheTransaction() {
        Subscription s = subscription();
        ports.subscriptions().add(s);
        MicrosoftAccount kelley = account("kelley.wall@outlook.com");
        Directory directory = directory("Contoso", msa());
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
                    ports.microsoftAccounts().add(kelley);
                    ports.directories().add(directory);
                    ports.subscriptions().touch(s.id());
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(ports.microsoftAccounts().all()).isEmpty();
        assertThat(ports.directories().all()).isEmpty();
        assertThat(ports.directories().domainsNamed("contoso.onmicrosoft.com")).isEmpty();
        assertThat(ports.subscriptions().byId(s.id())).contains(s);
    }

    @Test
    void anExceptionInANestedTransactionRollsBackTheOuterOneToo() {
        MicrosoftAccount a = account("a@outlook.com");
        MicrosoftAccount b = account("b@outlook.com");

        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
                    ports.microsoftAccounts().add(a);
                    return ports.transactions().inTransaction(() -> {
                        ports.microsoftAccounts().add(b);
                        throw new IllegalArgumentException("inner");
                    });
                }))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(ports.microsoftAccounts().all()).isEmpty();
    }

    @Test
    void theStoreIsUsableAfterARollback() {
        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
            ports.microsoftAccounts().add(account("a@outlook.com"));
            throw new IllegalStateException("boom");
        }));
        MicrosoftAccount b = account("b@outlook.com");

        ports.transactions().inTransaction(() -> {
            ports.microsoftAccounts().add(b);
            return null;
        });

        assertThat(ports.microsoftAccounts().all()).containsExactly(b);
    }

    @Test
    void uncommittedWritesAreInvisibleToOtherThreads() throws Exception {
        MicrosoftAccount kelley = account("kelley.wall@outlook.com");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            boolean seenByOther = ports.transactions().inTransaction(() -> {
                ports.microsoftAccounts().add(kelley);
                return join(other.submit(
                        () -> ports.microsoftAccounts().byEmail(kelley.email()).isPresent()));
            });

            assertThat(seenByOther).isFalse();
            assertThat(other.submit(() -> ports.microsoftAccounts().byId(kelley.id()))
                            .get(10, TimeUnit.SECONDS))
                    .contains(kelley);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aDuplicateWrittenInsideATransactionIsAConcurrentChange() {
        ports.microsoftAccounts().add(account("kelley.wall@outlook.com"));

        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
                    ports.microsoftAccounts().add(account("kelley.wall@outlook.com"));
                    return null;
                }))
                .isInstanceOf(Transactions.ConcurrentChange.class);

        assertThat(ports.microsoftAccounts().all()).hasSize(1);
    }

    @Test
    void ofTwoConcurrentVersionCheckedUpdatesExactlyOneWins() throws Exception {
        Subscription s = subscription();
        ports.subscriptions().add(s);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(() -> ports.transactions().inTransaction(() -> {
                boolean written = ports.subscriptions().update(s.withDirectory(ContractData.directoryId(), false));
                firstWrote.countDown();
                await(secondStarted);
                sleep(150); // let the second writer reach the row lock before this one commits
                return written;
            }));
            await(firstWrote);
            CompletableFuture<Object> second = CompletableFuture.supplyAsync(
                    () -> {
                        secondStarted.countDown();
                        try {
                            return ports.transactions()
                                    .inTransaction(() -> ports.subscriptions()
                                            .update(s.withDirectory(ContractData.directoryId(), true)));
                        } catch (Transactions.ConcurrentChange e) {
                            return e;
                        }
                    },
                    pool);

            assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
            Object secondOutcome = second.get(20, TimeUnit.SECONDS);
            assertThat(secondOutcome)
                    .satisfiesAnyOf(
                            o -> assertThat(o).isEqualTo(false),
                            o -> assertThat(o).isInstanceOf(Transactions.ConcurrentChange.class));
            Subscription after = ports.subscriptions().byId(s.id()).orElseThrow();
            assertThat(after.version()).isEqualTo(s.version() + 1);
            assertThat(after.serviceAdministratorLostAccess()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSubscriptionReadForUpdateMakesAnotherReaderForUpdateWaitForTheCommit() throws Exception {
        Subscription s = subscription();
        ports.subscriptions().add(s);
        CountDownLatch locked = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> ports.transactions().inTransaction(() -> {
                ports.subscriptions().byIdForUpdate(s.id()).orElseThrow();
                locked.countDown();
                sleep(300); // the other reader arrives while the lock is held
                ports.subscriptions().touch(s.id());
                return null;
            }));
            await(locked);
            Future<Long> waiter = pool.submit(() -> ports.transactions()
                    .inTransaction(() -> ports.subscriptions()
                            .byIdForUpdate(s.id())
                            .orElseThrow()
                            .version()));

            holder.get(20, TimeUnit.SECONDS);
            assertThat(waiter.get(20, TimeUnit.SECONDS))
                    .as("the second reader waited for the first transaction and saw its change")
                    .isEqualTo(s.version() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
