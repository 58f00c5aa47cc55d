package dev.cerulean.server.portal.azure;

import dev.cerulean.core.access.ActivityLogOf;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.azure.SubscriptionViews.ActivityLog;
import dev.cerulean.server.portal.azure.SubscriptionViews.Event;
import dev.cerulean.server.portal.classic.PortalGate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A subscription's activity log, newest first, as ActivityLogOf answers it to whoever may read it
 * there: the directory change (R34) and what it removed, role assignments written and deleted
 * (R27), administrators added. {@value #PAGE} entries a page, read in the store.
 */
final class ActivityLogPage {
    static final int PAGE = 50;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final AzureLayout layout;
    private final SubscriptionPages subscriptions;

    ActivityLogPage(AzureLayout layout, SubscriptionPages subscriptions) {
        this.layout = layout;
        this.subscriptions = subscriptions;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, SubscriptionPages.LIST + "/{subscription}/activity-log", this::show);
    }

    private void show(Context ctx, Caller caller, Messages m) {
        Optional<Subscription> found = subscriptions.visible(ctx, caller);
        if (found.isEmpty()) {
            subscriptions.notFound(ctx, caller, m);
            return;
        }
        Subscription s = found.get();
        String path = SubscriptionPages.LIST + "/" + s.id() + "/activity-log";
        var at = Pager.readAt( // a page past the end shows the newest
                Pager.offset(ctx),
                from -> layout.uses().activityLog().page(caller, s.id(), from, PAGE),
                l -> l.isOk() && l.orThrow().entries().isEmpty());
        int offset = at.offset();
        Outcome<ActivityLogOf.Page> log = at.page();
        Notice notice = log instanceof Outcome.Rejected<ActivityLogOf.Page> r ? AzureLayout.refusal(m, r) : null;
        ActivityLogOf.Page page = log.isOk() ? log.orThrow() : new ActivityLogOf.Page(List.of(), 0);
        List<Event> events = page.entries().stream()
                .map(e -> new Event(
                        WHEN.format(e.at()),
                        e.operation(),
                        m.get("portal.log.status." + e.status().name()),
                        e.caller(),
                        e.message() == null || e.message().isBlank() ? e.target() : e.message()))
                .toList();
        var frame = layout.frame(
                        ctx, caller, m, m.get("portal.log.title", s.displayName()), AzureFrame.SUBSCRIPTIONS, path)
                .with(notice);
        layout.write(
                ctx,
                notice == null ? 200 : 403,
                "azure/activityLog.jte",
                frame,
                new ActivityLog(
                        s.id().toString(),
                        s.displayName(),
                        events,
                        Pager.of(path, "", offset, events.size(), page.total(), PAGE)));
    }
}
