package dev.cerulean.core.subscription;

import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.function.Supplier;

/**
 * Runs a use case's work in one transaction; a write that lost a race with a concurrent
 * transaction (the store rolled everything back) answers PreconditionFailed.
 */
final class InTransaction {
    private InTransaction() {}

    static <T> Outcome<T> run(Transactions transactions, Supplier<Outcome<T>> work) {
        try {
            return transactions.inTransaction(work);
        } catch (Transactions.ConcurrentChange e) {
            return Outcome.rejected(RuleCode.PreconditionFailed, e.getMessage());
        }
    }
}
