package dev.cerulean.core.activity;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.SubscriptionId;
import java.time.Clock;

/** Writes the activity-log entry of a change, stamped with the injected clock and ids. */
public final class ActivityRecorder {
    private final ActivityLog log;
    private final Clock clock;
    private final IdGenerator ids;

    public ActivityRecorder(ActivityLog log, Clock clock, IdGenerator ids) {
        this.log = log;
        this.clock = clock;
        this.ids = ids;
    }

    /** Records a successful change made by {@code caller}. */
    public ActivityLogEntry succeeded(Caller caller, String operation, String target, String message,
                                      SubscriptionId subscription, DirectoryId directory) {
        return succeeded(caller == null ? "system" : caller.displayName(), operation, target, message, subscription,
                directory);
    }

    public ActivityLogEntry succeeded(String caller, String operation, String target, String message,
                                      SubscriptionId subscription, DirectoryId directory) {
        ActivityLogEntry entry = new ActivityLogEntry(ids.newId(), clock.instant(), caller, operation, target,
                ActivityLogEntry.Status.Succeeded, ids.newId().toString(), message, subscription, directory);
        log.append(entry);
        return entry;
    }
}
