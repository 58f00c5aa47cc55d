package dev.cerulean.core.activity;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.SubscriptionId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
    public ActivityLogEntry succeeded(
            Caller caller,
            String operation,
            String target,
            String message,
            SubscriptionId subscription,
            DirectoryId directory) {
        return succeeded(
                caller == null ? "system" : caller.displayName(), operation, target, message, subscription, directory);
    }

    /** One change of a batch: the operation, what it was done to, and the message. */
    public record Change(String operation, String target, String message) {}

    /**
     * Records successful changes made by {@code caller}, in their order, with one write to the
     * log (a use case that changes thousands of things still logs each of them, R27).
     */
    public List<ActivityLogEntry> succeededAll(
            Caller caller, List<Change> changes, SubscriptionId subscription, DirectoryId directory) {
        String who = caller == null ? "system" : caller.displayName();
        Instant at = clock.instant();
        List<ActivityLogEntry> entries = new ArrayList<>(changes.size());
        for (Change c : changes) {
            entries.add(new ActivityLogEntry(
                    ids.newId(),
                    at,
                    who,
                    c.operation(),
                    c.target(),
                    ActivityLogEntry.Status.Succeeded,
                    ids.newId().toString(),
                    c.message(),
                    subscription,
                    directory));
        }
        log.appendAll(entries);
        return entries;
    }

    public ActivityLogEntry succeeded(
            String caller,
            String operation,
            String target,
            String message,
            SubscriptionId subscription,
            DirectoryId directory) {
        ActivityLogEntry entry = new ActivityLogEntry(
                ids.newId(),
                clock.instant(),
                caller,
                operation,
                target,
                ActivityLogEntry.Status.Succeeded,
                ids.newId().toString(),
                message,
                subscription,
                directory);
        log.append(entry);
        return entry;
    }
}
