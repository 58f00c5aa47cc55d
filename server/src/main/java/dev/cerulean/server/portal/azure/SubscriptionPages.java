package dev.cerulean.server.portal.azure;

import dev.cerulean.core.access.ClassicAdministratorsOf;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.azure.SubscriptionViews.Administrator;
import dev.cerulean.server.portal.azure.SubscriptionViews.Overview;
import dev.cerulean.server.portal.azure.SubscriptionViews.Row;
import dev.cerulean.server.portal.azure.SubscriptionViews.SubscriptionList;
import dev.cerulean.server.portal.classic.PortalGate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Subscriptions: the list of the current directory's subscriptions where the person has a role
 * (R30, "No subscriptions found" otherwise) with their role and directory, and a subscription's
 * overview (offer, state, directory, classic administrators).
 */
final class SubscriptionPages {
    static final String LIST = "/portal/subscriptions";

    /** Subscriptions on a page of the list. */
    static final int PAGE = 50;

    private final AzureLayout layout;

    SubscriptionPages(AzureLayout layout) {
        this.layout = layout;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, LIST, (ctx, caller, m) -> list(ctx, 200, caller, m, null));
        gate.get(routes, LIST + "/{subscription}", this::overview);
    }

    /**
     * A page of the person's subscriptions in the current directory, searched by name or id; the
     * role of each is worked out for the page's rows only.
     */
    void list(Context ctx, int status, Caller caller, Messages m, Notice notice) {
        boolean get = ctx.method().name().equals("GET");
        String search = get ? Pager.search(ctx) : "";
        var at = Pager.readAt(
                get ? Pager.offset(ctx) : 0,
                from -> layout.uses()
                        .azureSubscriptions()
                        .page(caller, search, from, PAGE)
                        .orThrow(),
                p -> p.subscriptions().isEmpty());
        int offset = at.offset();
        var page = at.page();
        List<Row> rows = rows(caller, m, page.subscriptions());
        String here = LIST + (search.isEmpty() ? "" : "?search=" + Pager.encode(search));
        var frame = layout.frame(ctx, caller, m, m.get("portal.subscriptions"), AzureFrame.SUBSCRIPTIONS, here)
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/subscriptions.jte",
                frame,
                new SubscriptionList(rows, Pager.of(LIST, search, offset, rows.size(), page.total(), PAGE), search));
    }

    /**
     * The first {@code most} of the person's subscriptions in the current directory (R30), as Home
     * shows them (each row's role worked out for those only), and whether there are more.
     */
    First first(Caller caller, Messages m, int most) {
        var page = layout.uses().azureSubscriptions().page(caller, "", 0, most).orThrow();
        return new First(rows(caller, m, page.subscriptions()), page.total() > most);
    }

    /** The first rows of the person's subscriptions, and whether there are more. */
    record First(List<Row> rows, boolean more) {}

    private List<Row> rows(Caller caller, Messages m, List<Subscription> subscriptions) {
        return subscriptions.stream()
                .map(s -> new Row(
                        s.id().toString(),
                        s.displayName(),
                        roleOf(caller, m, s),
                        layout.nameOf(s.directory()),
                        s.offer().displayName(),
                        m.get("portal.state." + s.state().name())))
                .toList();
    }

    /** The subscription of the path when the person may see it in the current directory (R30). */
    Optional<Subscription> visible(Context ctx, Caller caller) {
        Optional<SubscriptionId> id = SubscriptionId.parse(ctx.pathParam("subscription"));
        if (id.isEmpty()) return Optional.empty();
        return layout.uses().azureSubscriptions().visible(caller, id.get());
    }

    /** "There is no subscription … that you can see": the list, with the refusal on top. */
    void notFound(Context ctx, Caller caller, Messages m) {
        list(
                ctx,
                404,
                caller,
                m,
                Notice.error(m.rule(RuleCode.SubscriptionNotFound, List.of(ctx.pathParam("subscription")))));
    }

    private void overview(Context ctx, Caller caller, Messages m) {
        Optional<Subscription> found = visible(ctx, caller);
        if (found.isEmpty()) {
            notFound(ctx, caller, m);
            return;
        }
        Subscription s = found.get();
        List<Administrator> administrators = new ArrayList<>();
        Outcome<List<ClassicAdministratorsOf.Entry>> classic =
                layout.uses().classicAdministrators().list(caller, s.id());
        if (classic.isOk()) {
            for (var e : classic.orThrow()) {
                administrators.add(new Administrator(e.administrator().email().value(), classicRoles(m, e.roles())));
            }
        }
        var view = new Overview(
                s.id().toString(),
                s.displayName(),
                s.offer().displayName(),
                m.get("portal.state." + s.state().name()),
                layout.nameOf(s.directory()),
                s.directory().toString(),
                roleOf(caller, m, s),
                administrators);
        var frame = layout.frame(ctx, caller, m, s.displayName(), AzureFrame.SUBSCRIPTIONS, LIST + "/" + s.id());
        layout.write(ctx, 200, "azure/subscription.jte", frame, view);
    }

    /**
     * The person's roles on the subscription as the list shows them: the classic ones
     * (service administrator, co-administrator, …), then the RBAC roles that apply at the
     * subscription (directly, through a group or inherited); "Has access" when its only roles are
     * below the subscription.
     */
    String roleOf(Caller caller, Messages m, Subscription s) {
        Set<String> roles = new LinkedHashSet<>();
        String me = caller.email() == null ? null : caller.email().value();
        Outcome<List<ClassicAdministratorsOf.Entry>> classic =
                layout.uses().classicAdministrators().list(caller, s.id());
        if (classic.isOk() && me != null) {
            classic.orThrow().stream()
                    .filter(e -> e.administrator().email().value().equalsIgnoreCase(me))
                    .forEach(e -> roles.add(classicRoles(m, e.roles())));
        }
        if (caller.principal() != null) {
            Scope scope = Scope.subscription(s.id());
            Outcome<List<RoleAssignment>> mine =
                    layout.uses().listRoleAssignments().list(caller, scope, caller.principal(), true);
            if (mine.isOk()) {
                mine.orThrow().stream()
                        .filter(a -> a.scope().contains(scope))
                        .forEach(a -> roles.add(layout.uses().roleDefinitions().nameOf(a.roleDefinition())));
            }
        }
        return roles.isEmpty() ? m.get("portal.role.any") : String.join(", ", roles);
    }

    static String classicRoles(Messages m, String roles) {
        return String.join(
                ", ",
                Arrays.stream(roles.split(";"))
                        .map(r -> m.get("portal.classic." + r))
                        .toList());
    }
}
