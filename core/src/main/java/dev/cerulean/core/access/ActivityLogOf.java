package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityLog;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryRoles;
import java.util.List;

/**
 * The activity log of a subscription or of a directory, newest first. A subscription's log is
 * for whoever may read it (any role that allows {@value #READ_ACTION} there, classic
 * administrators included); a directory's log (sign-ups, directory links, tenant moves) is for
 * its Global Administrators signed in through it, as Azure AD's audit log is. (inferred)
 */
public final class ActivityLogOf {
    public static final String READ_ACTION = "Microsoft.Insights/eventtypes/values/read";

    /** Whose log. */
    public sealed interface Target permits OfSubscription, OfDirectory {}

    public record OfSubscription(SubscriptionId id) implements Target {}

    public record OfDirectory(DirectoryId id) implements Target {}

    private final ActivityLog log;
    private final Authorize authorize;
    private final Directories directories;
    private final DirectoryRoles directoryRoles;

    public ActivityLogOf(ActivityLog log, Authorize authorize, Directories directories, DirectoryRoles directoryRoles) {
        this.log = log;
        this.authorize = authorize;
        this.directories = directories;
        this.directoryRoles = directoryRoles;
    }

    public Outcome<List<ActivityLogEntry>> entries(Caller caller, Target target) {
        return entries(caller, target, Integer.MAX_VALUE);
    }

    /** The newest {@code limit} entries (a page shows the latest, read in the database, not the whole log). */
    public Outcome<List<ActivityLogEntry>> entries(Caller caller, Target target, int limit) {
        if (target instanceof OfSubscription s) return ofSubscription(caller, s.id(), limit);
        return ofDirectory(caller, ((OfDirectory) target).id(), limit);
    }

    private Outcome<List<ActivityLogEntry>> ofSubscription(Caller caller, SubscriptionId id, int limit) {
        Outcome<SubscriptionId> readable = readable(caller, id);
        if (readable instanceof Outcome.Rejected<SubscriptionId> r) return r.retyped();
        return Outcome.ok(limit == Integer.MAX_VALUE ? log.ofSubscription(id) : log.ofSubscription(id, 0, limit));
    }

    /** The subscription when it exists and the caller may read its log there; the refusal otherwise. */
    private Outcome<SubscriptionId> readable(Caller caller, SubscriptionId id) {
        var access = authorize.accessOf(id);
        if (access.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, id);
        Scope scope = Scope.subscription(id);
        if (!access.get().decide(caller, READ_ACTION, scope).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), READ_ACTION, scope);
        }
        return Outcome.ok(id);
    }

    private Outcome<List<ActivityLogEntry>> ofDirectory(Caller caller, DirectoryId id, int limit) {
        if (directories.byId(id).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, id);
        boolean globalAdministrator = id.equals(caller.directory())
                && caller.principal() != null
                && directoryRoles.rolesOf(id, caller.principal()).contains(DirectoryRole.GlobalAdministrator);
        if (!globalAdministrator) return Outcome.rejected(RuleCode.NotGlobalAdministrator, id);
        return Outcome.ok(limit == Integer.MAX_VALUE ? log.ofDirectory(id) : log.ofDirectory(id, limit));
    }

    /** One page of a subscription's log, newest first, and how many entries it has in all. */
    public record Page(List<ActivityLogEntry> entries, int total) {}

    /**
     * A page of the subscription's log for whoever may read it there (as {@link #entries}), read in
     * the store: a subscription's log grows with every write. An offset below zero reads from the
     * newest, a limit below one reads one.
     */
    public Outcome<Page> page(Caller caller, SubscriptionId id, int offset, int limit) {
        Outcome<SubscriptionId> readable = readable(caller, id);
        if (readable instanceof Outcome.Rejected<SubscriptionId> r) return r.retyped();
        return Outcome.ok(
                new Page(log.ofSubscription(id, Math.max(0, offset), Math.max(1, limit)), log.countOfSubscription(id)));
    }
}
