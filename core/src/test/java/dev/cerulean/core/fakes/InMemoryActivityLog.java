package dev.cerulean.core.fakes;

import dev.cerulean.core.activity.ActivityLog;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryActivityLog implements ActivityLog {
    private final List<ActivityLogEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void append(ActivityLogEntry entry) {
        entries.add(entry);
    }

    @Override
    public void appendAll(List<ActivityLogEntry> batch) {
        entries.addAll(batch);
    }

    @Override
    public List<ActivityLogEntry> ofSubscription(SubscriptionId subscription) {
        return newestFirst(entries.stream()
                .filter(e -> subscription.equals(e.subscription()))
                .toList());
    }

    @Override
    public List<ActivityLogEntry> ofDirectory(DirectoryId directory) {
        return newestFirst(
                entries.stream().filter(e -> directory.equals(e.directory())).toList());
    }

    @Override
    public List<ActivityLogEntry> ofDirectory(DirectoryId directory, int limit) {
        return ofDirectory(directory).stream().limit(limit).toList();
    }

    @Override
    public List<ActivityLogEntry> ofSubscription(SubscriptionId subscription, int offset, int limit) {
        return ofSubscription(subscription).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public int countOfSubscription(SubscriptionId subscription) {
        return ofSubscription(subscription).size();
    }

    @Override
    public List<ActivityLogEntry> all() {
        return newestFirst(entries);
    }

    private static List<ActivityLogEntry> newestFirst(List<ActivityLogEntry> list) {
        List<ActivityLogEntry> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
