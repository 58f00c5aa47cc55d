package dev.cerulean.store;

import dev.cerulean.core.common.Transactions;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions over JDBI, and the handle every adapter works through. Inside
 * {@link #inTransaction} the thread's handle carries the transaction, so every port call on
 * that thread takes part in it (a nested call joins the outer transaction); outside one, each
 * port call borrows its own short-lived handle and commits on its own (autocommit).
 * Failures that mean "another transaction got there first" surface as
 * {@link Transactions.ConcurrentChange}.
 */
public final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) return work.get();
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (RuntimeException e) {
            throw translate(e);
        }
        try (handle) {
            handle.begin();
            current.set(handle);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                rollbackQuietly(handle, e);
                throw translate(e);
            } catch (Error e) {
                rollbackQuietly(handle, e);
                throw e;
            } finally {
                current.remove();
            }
            try {
                handle.commit();
            } catch (RuntimeException e) {
                rollbackQuietly(handle, e);
                throw translate(e);
            }
            return result;
        }
    }

    /** Runs {@code work} on the thread's transaction handle, or on a handle of its own. */
    public <T> T withHandle(HandleCallback<T, RuntimeException> work) {
        Handle handle = current.get();
        try {
            return handle != null ? work.withHandle(handle) : jdbi.withHandle(work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    public void useHandle(HandleConsumer<RuntimeException> work) {
        withHandle(h -> {
            work.useHandle(h);
            return null;
        });
    }

    /** True while the calling thread is inside {@link #inTransaction}. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    private static void rollbackQuietly(Handle handle, Throwable failure) {
        try {
            handle.rollback();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Serialization failures, deadlocks, lock timeouts and unique violations mean that a
     * concurrent transaction changed what this one had checked: the use case's rules held when
     * it looked, but no longer when it wrote.
     */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ConcurrentChange) return e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (lostRace(s)) {
                        return new ConcurrentChange(
                                "a concurrent transaction changed the same data (SQLState " + s.getSQLState() + ")", e);
                    }
                }
            }
        }
        return e;
    }

    private static boolean lostRace(SQLException s) {
        String state = s.getSQLState();
        if (state != null) {
            switch (state) {
                case "40001", "40P01", "55P03", "23505" -> {
                    return true; // serialization failure, deadlock, lock not available, unique violation
                }
                default -> {}
            }
        }
        // H2's own codes: LOCK_TIMEOUT_1, CONCURRENT_UPDATE_1, DEADLOCK_1 (PostgreSQL reports 0)
        int code = s.getErrorCode();
        return code == 50200 || code == 90131 || code == 40001;
    }
}
