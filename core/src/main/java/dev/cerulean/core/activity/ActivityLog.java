package dev.cerulean.core.activity;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;

/** Port: the activity log; append-only. Lists are newest first. */
public interface ActivityLog {
    void append(ActivityLogEntry entry);

    List<ActivityLogEntry> ofSubscription(SubscriptionId subscription);

    List<ActivityLogEntry> ofDirectory(DirectoryId directory);

    List<ActivityLogEntry> all();
}
