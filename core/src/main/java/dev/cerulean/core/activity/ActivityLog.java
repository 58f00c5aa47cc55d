package dev.cerulean.core.activity;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;

/** Port: the activity log; append-only. Lists are newest first. */
public interface ActivityLog {
    void append(ActivityLogEntry entry);

    /**
     * Appends {@code entries} in their order, as if appended one by one; a store writes them in
     * one batch (a directory change logs thousands of deletions, R27).
     */
    default void appendAll(List<ActivityLogEntry> entries) {
        entries.forEach(this::append);
    }

    List<ActivityLogEntry> ofSubscription(SubscriptionId subscription);

    List<ActivityLogEntry> ofDirectory(DirectoryId directory);

    /** The newest {@code limit} entries of the directory, newest first. */
    List<ActivityLogEntry> ofDirectory(DirectoryId directory, int limit);

    /** At most {@code limit} of the subscription's entries after the newest {@code offset}, newest first, read in the store. */
    List<ActivityLogEntry> ofSubscription(SubscriptionId subscription, int offset, int limit);

    /** How many entries the subscription's log has. */
    int countOfSubscription(SubscriptionId subscription);

    List<ActivityLogEntry> all();
}
