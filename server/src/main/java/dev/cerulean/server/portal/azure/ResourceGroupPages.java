package dev.cerulean.server.portal.azure;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.resource.AzureRegions;
import dev.cerulean.core.resource.CreateOrUpdateResourceGroup;
import dev.cerulean.core.resource.DeleteResourceGroup;
import dev.cerulean.core.subscription.ResourceFilter;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroupFilter;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.azure.AccessViews.Group;
import dev.cerulean.server.portal.azure.AccessViews.GroupOverview;
import dev.cerulean.server.portal.azure.AccessViews.Groups;
import dev.cerulean.server.portal.azure.AccessViews.Option;
import dev.cerulean.server.portal.classic.PortalGate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resource groups of a subscription: the list with Create and a group's resources, each a page at a
 * time with a search by name (what it contains, as the Azure portal's filter box), and Delete (the name typed again to confirm, as the
 * Azure portal asks). The core decides who may (write or
 * delete at the scope) and what is valid (InvalidName, InvalidLocation); its refusal is shown.
 */
final class ResourceGroupPages {
    static final int PAGE = 50;
    static final String LIST = SubscriptionPages.LIST + "/{subscription}/resourceGroups";

    private final AzureLayout layout;
    private final AccessControlPages access;

    ResourceGroupPages(AzureLayout layout, AccessControlPages access) {
        this.layout = layout;
        this.access = access;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(
                routes,
                LIST,
                (ctx, caller, m) ->
                        access.at(ctx, caller, m, w -> list(ctx, 200, caller, m, w.subscription(), null, "", "")));
        gate.post(
                routes,
                LIST,
                (ctx, caller, m) -> access.at(ctx, caller, m, w -> create(ctx, caller, m, w.subscription())));
        gate.get(
                routes,
                LIST + "/{group}",
                (ctx, caller, m) -> access.at(ctx, caller, m, w -> overview(ctx, 200, caller, m, w, null)));
        gate.post(
                routes,
                LIST + "/{group}/delete",
                (ctx, caller, m) -> access.at(ctx, caller, m, w -> delete(ctx, caller, m, w)));
    }

    private static String path(Subscription s) {
        return SubscriptionPages.LIST + "/" + s.id() + "/resourceGroups";
    }

    /**
     * A page of the groups the caller may read, searched by what the name contains (a GET's
     * {@code search} and {@code from}; after a POST the first page of all).
     */
    private void list(
            Context ctx,
            int status,
            Caller caller,
            Messages m,
            Subscription s,
            Notice notice,
            String name,
            String location) {
        boolean get = ctx.method().name().equals("GET");
        String search = get ? Pager.search(ctx) : "";
        var read = layout.uses().resourceGroups();
        var at = Pager.readAt(
                get ? Pager.offset(ctx) : 0,
                from -> read.counted(caller, s.id(), ResourceGroupFilter.named(search), from, PAGE),
                l -> l.isOk() && l.orThrow().items().isEmpty());
        int offset = at.offset();
        var listed = at.page();
        if (listed instanceof Outcome.Rejected<?> r && notice == null) {
            notice = AzureLayout.refusal(m, r);
            status = 403;
        }
        List<Group> groups = listed.isOk()
                ? listed.orThrow().items().stream()
                        .map(g -> new Group(g.name(), g.location()))
                        .toList()
                : List.of();
        int total = listed.isOk() ? listed.orThrow().total() : 0;
        String chosen = location.isEmpty() ? "westeurope" : location;
        List<Option> locations = AzureRegions.ALL.stream()
                .map(r -> new Option(r.name(), r.displayName(), r.name().equals(chosen)))
                .toList();
        var frame = layout.frame(
                        ctx,
                        caller,
                        m,
                        m.get("portal.groups.title", s.displayName()),
                        AzureFrame.SUBSCRIPTIONS,
                        path(s) + searched(search))
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/resourceGroups.jte",
                frame,
                new Groups(
                        s.id().toString(),
                        s.displayName(),
                        groups,
                        Pager.of(path(s), search, offset, groups.size(), total, PAGE),
                        search,
                        locations,
                        name));
    }

    private static String searched(String search) {
        return search.isEmpty() ? "" : "?search=" + Pager.encode(search);
    }

    /** Create only: a group that exists already is not replaced (the API's PUT would update it). */
    private void create(Context ctx, Caller caller, Messages m, Subscription s) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String location =
                Optional.ofNullable(ctx.formParam("location")).orElse("").strip();
        if (AzureLayout.groupScope(s.id(), name)
                .map(scope -> layout.uses().resourceGroups().get(caller, scope).isOk())
                .orElse(false)) {
            list(ctx, 409, caller, m, s, Notice.error(m.get("portal.groups.exists", name)), name, location);
            return;
        }
        Outcome<CreateOrUpdateResourceGroup.Result> made =
                layout.uses().createResourceGroup().put(caller, s.id(), name, location, Map.of());
        if (made instanceof Outcome.Rejected<CreateOrUpdateResourceGroup.Result> r) {
            int status = r.code() == RuleCode.AuthorizationFailed ? 403 : 400;
            list(ctx, status, caller, m, s, AzureLayout.refusal(m, r), name, location);
            return;
        }
        ResourceGroup g = made.orThrow().group();
        list(ctx, 200, caller, m, s, Notice.success(m.get("portal.groups.created", g.name(), g.location())), "", "");
    }

    /** The group and a page of its resources the caller may read, searched by what the name contains. */
    private void overview(Context ctx, int status, Caller caller, Messages m, Where where, Notice notice) {
        Subscription s = where.subscription();
        var found = layout.uses().resourceGroups().get(caller, where.scope());
        String location = found.isOk() ? found.orThrow().location() : "";
        boolean get = ctx.method().name().equals("GET");
        String search = get ? Pager.search(ctx) : "";
        var read = layout.uses().resources();
        var filter = new ResourceFilter(where.group(), null, search);
        var at = Pager.readAt(
                get ? Pager.offset(ctx) : 0,
                from -> read.counted(caller, s.id(), filter, from, PAGE),
                l -> l.isOk() && l.orThrow().items().isEmpty());
        int offset = at.offset();
        var listed = at.page();
        List<AccessViews.Resource> resources = listed.isOk()
                ? listed.orThrow().items().stream()
                        .map(r -> new AccessViews.Resource(
                                r.id().name(),
                                r.id().type(),
                                r.location(),
                                new Where(null, r.id().resourceGroup(), r.id()).iamOf(r.id().subscription())))
                        .toList()
                : List.of();
        int total = listed.isOk() ? listed.orThrow().total() : 0;
        String here = path(s) + "/" + where.group();
        var frame = layout.frame(ctx, caller, m, where.group(), AzureFrame.SUBSCRIPTIONS, here + searched(search))
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/resourceGroup.jte",
                frame,
                new GroupOverview(
                        s.id().toString(),
                        s.displayName(),
                        where.group(),
                        location,
                        resources,
                        Pager.of(here, search, offset, resources.size(), total, PAGE),
                        search));
    }

    private void delete(Context ctx, Caller caller, Messages m, Where where) {
        Subscription s = where.subscription();
        String typed = Optional.ofNullable(ctx.formParam("confirm")).orElse("").strip();
        if (!typed.equals(where.group())) {
            overview(ctx, 400, caller, m, where, Notice.error(m.get("portal.groups.confirmName", where.group())));
            return;
        }
        Outcome<DeleteResourceGroup.Result> gone =
                layout.uses().deleteResourceGroup().delete(caller, s.id(), where.group());
        if (gone instanceof Outcome.Rejected<DeleteResourceGroup.Result> r) {
            overview(
                    ctx,
                    r.code() == RuleCode.AuthorizationFailed ? 403 : 409,
                    caller,
                    m,
                    where,
                    AzureLayout.refusal(m, r));
            return;
        }
        var result = gone.orThrow();
        list(
                ctx,
                200,
                caller,
                m,
                s,
                Notice.success(m.get(
                        "portal.groups.deleted",
                        where.group(),
                        result.resources().size(),
                        result.roleAssignments().size())),
                "",
                "");
    }
}
