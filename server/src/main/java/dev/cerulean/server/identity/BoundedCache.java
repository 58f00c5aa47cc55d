package dev.cerulean.server.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The identity platform's in-memory caches: at most {@code maximumSize} entries, the least useful
 * ones making room (Caffeine's policy). Entries that must expire keep their own deadline, checked
 * against the platform's {@code Clock} by the caller, so tests with a fixed clock see exactly the
 * expiry the code states. Eviction runs on the writing thread: the bound holds when {@code put} returns.
 */
final class BoundedCache {
    private BoundedCache() {}

    static <K, V> Cache<K, V> of(int maximumSize) {
        return Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .executor(Runnable::run)
                .build();
    }
}
