package dev.cerulean.core.common;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically. Every port call made inside {@code work} on the same
 * thread takes part in the same transaction. A refused outcome is not an error: use cases
 * check every rule before they write, so a refusal has nothing to roll back; an exception
 * rolls everything back.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /** Runs a use case's work in one transaction; losing a race with a concurrent one answers PreconditionFailed. */
    default <T> Outcome<T> attempt(Supplier<Outcome<T>> work) {
        try {
            return inTransaction(work);
        } catch (ConcurrentChange lostRace) {
            return Outcome.rejected(RuleCode.PreconditionFailed, lostRace.getMessage());
        }
    }

    /**
     * Thrown by a store when a write lost a race with a concurrent transaction (serialization
     * failure, lock timeout, version mismatch). Use cases translate it to PreconditionFailed.
     */
    final class ConcurrentChange extends RuntimeException {
        public ConcurrentChange(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
