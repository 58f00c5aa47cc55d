package dev.cerulean.core.access;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Subscription;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Built {@link SubscriptionAccess}es, reused while what they were built from is unchanged.
 *
 * <p>An entry is valid for exactly the subscription row it was built with (the whole record, so
 * its {@code version}) and the directory's root-scope assignments of that moment. The version
 * moves with every change of the subscription's co-administrators, role assignments and custom
 * roles (every use case that writes them calls {@code Subscriptions.touch} or {@code update} in
 * the same transaction); root-scope assignments (R29) belong to no subscription and move no
 * version, so they are compared as read. Both are read from the store on every call, so a
 * change made through another cache (another server sharing the database) is seen on the next
 * call. The caller reads the row before the assignments: an entry may hold data newer than its
 * version, never older.
 *
 * <p>Bounded: at capacity an arbitrary entry makes room. Thread-safe without locks.
 * Hand-made on purpose: the core depends on no library at run time, and a cache this small
 * (no expiry, no statistics, any eviction will do) is not worth the server's Caffeine dependency here.
 */
final class AccessCache {
    private record Entry(Subscription subscription, List<RoleAssignment> root, SubscriptionAccess access) {}

    private final int capacity;
    private final ConcurrentHashMap<SubscriptionId, Entry> entries = new ConcurrentHashMap<>();

    AccessCache(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        this.capacity = capacity;
    }

    /** The access built for exactly this row and these root assignments, or null. */
    SubscriptionAccess get(Subscription current, List<RoleAssignment> root) {
        Entry e = entries.get(current.id());
        if (e == null || !e.subscription().equals(current) || !e.root().equals(root)) return null;
        return e.access();
    }

    void put(Subscription current, List<RoleAssignment> root, SubscriptionAccess access) {
        if (entries.size() >= capacity && !entries.containsKey(current.id())) {
            Iterator<SubscriptionId> any = entries.keySet().iterator();
            if (any.hasNext()) entries.remove(any.next());
        }
        entries.put(current.id(), new Entry(current, List.copyOf(root), access));
    }

    int size() {
        return entries.size();
    }
}
