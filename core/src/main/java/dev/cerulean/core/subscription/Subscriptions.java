package dev.cerulean.core.subscription;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Optional;

/** Port: subscriptions. */
public interface Subscriptions {
    void add(Subscription subscription);

    Optional<Subscription> byId(SubscriptionId id);

    List<Subscription> all();

    List<Subscription> inDirectory(DirectoryId directory);

    /**
     * Writes {@code changed} (all fields but the version) if the stored version is still
     * {@code changed.version()}, and increments the version. False when the version moved on:
     * the caller lost a race or worked from a stale view.
     */
    boolean update(Subscription changed);

    /** Increments the version: something that belongs to the subscription changed. */
    void touch(SubscriptionId id);
}
