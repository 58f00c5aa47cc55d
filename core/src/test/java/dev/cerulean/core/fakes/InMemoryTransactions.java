package dev.cerulean.core.fakes;

import dev.cerulean.core.common.Transactions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Serializes units of work; the fakes do not roll back (use cases check before they write). */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
