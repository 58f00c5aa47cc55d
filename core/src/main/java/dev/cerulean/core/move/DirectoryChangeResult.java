package dev.cerulean.core.move;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.Subscription;
import java.util.List;

/** A completed directory change: the subscription as it now is and the follow-up items shown after it (R14). */
public record DirectoryChangeResult(
        Subscription subscription,
        DirectoryId fromDirectory,
        DirectoryId toDirectory,
        List<FollowUpItem> followUpItems) {
    public DirectoryChangeResult {
        followUpItems = List.copyOf(followUpItems);
    }

    public DirectoryId newDirectory() {
        return toDirectory;
    }
}
