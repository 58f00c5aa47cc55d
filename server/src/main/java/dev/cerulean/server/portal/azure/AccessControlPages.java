package dev.cerulean.server.portal.azure;

import dev.cerulean.core.access.ClassicAdministratorsOf;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.azure.AccessViews.Assignment;
import dev.cerulean.server.portal.azure.AccessViews.Assignments;
import dev.cerulean.server.portal.azure.AccessViews.ClassicAdministrators;
import dev.cerulean.server.portal.azure.AccessViews.Option;
import dev.cerulean.server.portal.classic.PortalGate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Access control (IAM) at a subscription, one of its resource groups or one of their (top-level)
 * resources: the role assignments
 * that apply there and below (inherited ones marked; filtered by role and by kind of principal),
 * removing one, and at the subscription the Classic administrators tab (list, add a
 * co-administrator). Everything goes through the core's use cases, which enforce who may do
 * what; a refusal is the rule's message on the page.
 */
final class AccessControlPages {
    static final String SUBSCRIPTION_IAM = SubscriptionPages.LIST + "/{subscription}/iam",
            GROUP_IAM = SubscriptionPages.LIST + "/{subscription}/resourceGroups/{group}/iam",
            RESOURCE_IAM =
                    SubscriptionPages.LIST
                            + "/{subscription}/resourceGroups/{group}/providers/{namespace}/{type}/{name}/iam";
    /** Every scope Access control works at: subscription, resource group, resource. */
    static final List<String> SCOPES = List.of(SUBSCRIPTION_IAM, GROUP_IAM, RESOURCE_IAM);

    /** Role assignments on a page of Access control. */
    static final int PAGE = 50;

    private final AzureLayout layout;
    private final SubscriptionPages subscriptions;
    private final Principals principals;

    AccessControlPages(AzureLayout layout, SubscriptionPages subscriptions, Principals principals) {
        this.layout = layout;
        this.subscriptions = subscriptions;
        this.principals = principals;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        for (String base : SCOPES) {
            gate.get(routes, base, (ctx, caller, m) -> at(ctx, caller, m, w -> list(ctx, 200, caller, m, w, null)));
            gate.post(routes, base + "/remove", (ctx, caller, m) -> at(ctx, caller, m, w -> remove(ctx, caller, m, w)));
        }
        gate.get(
                routes,
                SUBSCRIPTION_IAM + "/classic",
                (ctx, caller, m) -> at(ctx, caller, m, w -> classic(ctx, 200, caller, m, w.subscription(), null, "")));
        gate.post(
                routes,
                SUBSCRIPTION_IAM + "/classic",
                (ctx, caller, m) -> at(ctx, caller, m, w -> addCoAdministrator(ctx, caller, m, w.subscription())));
        gate.post(
                routes,
                SUBSCRIPTION_IAM + "/classic/service-administrator",
                (ctx, caller, m) ->
                        at(ctx, caller, m, w -> changeServiceAdministrator(ctx, caller, m, w.subscription())));
    }

    /**
     * Runs {@code page} at the scope of the path: a subscription the person may see (R30) and, when
     * the path names one, a resource group of it the person may read; the refusal otherwise.
     */
    void at(Context ctx, Caller caller, Messages m, Consumer<Where> page) {
        Optional<Subscription> s = subscriptions.visible(ctx, caller);
        if (s.isEmpty()) {
            subscriptions.notFound(ctx, caller, m);
            return;
        }
        String group = ctx.pathParamMap().get("group");
        if (group == null) {
            page.accept(new Where(s.get(), null));
            return;
        }
        if (AzureLayout.groupScope(s.get().id(), group).isEmpty()) { // no such group can exist: not a name Azure allows
            subscriptions.list(
                    ctx,
                    404,
                    caller,
                    m,
                    AzureLayout.refusal(m, new Outcome.Rejected<>(RuleCode.ResourceGroupNotFound, List.of(group))));
            return;
        }
        Outcome<ResourceGroup> found = layout.uses()
                .resourceGroups()
                .get(caller, Scope.resourceGroup(s.get().id(), group));
        if (found instanceof Outcome.Rejected<ResourceGroup> r) {
            subscriptions.list(ctx, 404, caller, m, AzureLayout.refusal(m, r));
            return;
        }
        String name = ctx.pathParamMap().get("name");
        if (name == null) {
            page.accept(new Where(s.get(), found.orThrow().name()));
            return;
        }
        String type = ctx.pathParam("namespace") + "/" + ctx.pathParam("type");
        Outcome<Resource> resource = layout.uses()
                .resources()
                .get(caller, ResourceId.of(s.get().id(), found.orThrow().name(), type, name));
        if (resource instanceof Outcome.Rejected<Resource> r) {
            subscriptions.list(ctx, 404, caller, m, AzureLayout.refusal(m, r));
            return;
        }
        page.accept(
                new Where(s.get(), found.orThrow().name(), resource.orThrow().id()));
    }

    void list(Context ctx, int status, Caller caller, Messages m, Where where, Notice notice) {
        Scope scope = where.scope();
        Subscription s = where.subscription();
        String roleFilter = ctx.queryParam("role");
        String typeFilter = ctx.queryParam("type");
        Outcome<List<RoleAssignment>> listed =
                layout.uses().listRoleAssignments().list(caller, scope, null);
        if (listed instanceof Outcome.Rejected<List<RoleAssignment>> r && notice == null) {
            notice = AzureLayout.refusal(m, r);
            status = 403;
        }
        List<RoleAssignment> all = listed.isOk() ? listed.orThrow() : List.of();
        Map<ObjectId, String> identities = principals.identities(caller, s.id());
        Map<String, String> roleNames = new LinkedHashMap<>();
        // the filters need only each assignment's role and kind (a managed identity is known by its
        // resource); principals are looked up for the page's rows only
        List<RoleAssignment> matching = new ArrayList<>();
        for (RoleAssignment a : all) {
            String roleId = a.roleDefinition().toString();
            roleNames.computeIfAbsent(
                    roleId, k -> layout.uses().roleDefinitions().nameOf(a.roleDefinition()));
            String kind = Principals.kindOf(a.principalId(), a.principalType(), identities);
            if (roleFilter != null && !roleFilter.isEmpty() && !roleFilter.equals(roleId)) continue;
            if (typeFilter != null && !typeFilter.isEmpty() && !typeFilter.equals(kind)) continue;
            matching.add(a);
        }
        int offset = Pager.offset(ctx);
        if (offset >= matching.size()) offset = 0;
        List<Assignment> page = new ArrayList<>();
        for (RoleAssignment a : matching.subList(offset, Math.min(matching.size(), offset + PAGE))) {
            var who = principals.describe(a.directory(), a.principalId(), a.principalType(), identities);
            page.add(new Assignment(
                    a.id().toString(),
                    who.name() == null ? m.get("portal.move.unknownPrincipal") : who.name(),
                    who.detail(),
                    m.get("portal.type." + who.kind()),
                    roleNames.get(a.roleDefinition().toString()),
                    AzureLayout.scope(m, a.scope()),
                    !a.scope().equals(scope) && a.scope().contains(scope)));
        }
        List<Option> roles = new ArrayList<>(List.of(new Option("", m.get("portal.filter.allRoles"), false)));
        roleNames.forEach((id, name) -> roles.add(new Option(id, name, id.equals(roleFilter))));
        List<Option> types = new ArrayList<>(List.of(new Option("", m.get("portal.filter.allTypes"), false)));
        for (String kind : Principals.KINDS)
            types.add(new Option(kind, m.get("portal.type." + kind), kind.equals(typeFilter)));
        boolean filtered =
                (roleFilter != null && !roleFilter.isEmpty()) || (typeFilter != null && !typeFilter.isEmpty());
        // a page of the rows (a subscription can hold thousands of assignments), the filters kept in its links
        List<String> keep = new ArrayList<>();
        if (roleFilter != null && !roleFilter.isEmpty()) keep.add("role=" + Pager.encode(roleFilter));
        if (typeFilter != null && !typeFilter.isEmpty()) keep.add("type=" + Pager.encode(typeFilter));
        var pager = Pager.keeping(where.iam(), String.join("&", keep), offset, page.size(), matching.size(), PAGE);
        var view = new Assignments(
                s.id().toString(), s.displayName(), where.iam(), where.group(), page, roles, types, filtered, pager);
        var frame = layout.frame(
                        ctx,
                        caller,
                        m,
                        m.get("portal.iam.title", where.name()),
                        AzureFrame.SUBSCRIPTIONS,
                        where.iam() + query(ctx))
                .with(notice);
        layout.write(ctx, status, "azure/accessControl.jte", frame, view);
    }

    private static String query(Context ctx) {
        String q = ctx.method().name().equals("GET") ? ctx.queryString() : null;
        if (q == null || q.isEmpty()) return "";
        return "?" + q.replaceAll("(^|&)lang=[^&]*", "");
    }

    private void remove(Context ctx, Caller caller, Messages m, Where where) {
        Optional<RoleAssignmentId> id =
                Optional.ofNullable(ctx.formParam("assignment")).flatMap(RoleAssignmentId::parse);
        if (id.isEmpty()) {
            list(ctx, 400, caller, m, where, Notice.error(m.rule(RuleCode.RoleAssignmentNotFound, List.of(""))));
            return;
        }
        // the assignment at its own scope (this one or below it), as the list showed it; an
        // assignment of anything else is not found here, whatever its id
        Outcome<List<RoleAssignment>> listed =
                layout.uses().listRoleAssignments().list(caller, where.scope(), null);
        if (listed instanceof Outcome.Rejected<List<RoleAssignment>> r) {
            list(ctx, 403, caller, m, where, AzureLayout.refusal(m, r));
            return;
        }
        Scope scope = listed.orThrow().stream()
                .filter(a -> a.id().equals(id.get()) && where.scope().contains(a.scope()))
                .map(RoleAssignment::scope)
                .findFirst()
                .orElse(where.scope());
        Outcome<RoleAssignment> removed = layout.uses().deleteRoleAssignment().delete(caller, scope, id.get());
        if (removed instanceof Outcome.Rejected<RoleAssignment> r) {
            list(
                    ctx,
                    r.code() == RuleCode.AuthorizationFailed ? 403 : 409,
                    caller,
                    m,
                    where,
                    AzureLayout.refusal(m, r));
            return;
        }
        RoleAssignment a = removed.orThrow();
        var who = principals.describe(a.directory(), a.principalId(), a.principalType(), Map.of());
        list(
                ctx,
                200,
                caller,
                m,
                where,
                Notice.success(m.get(
                        "portal.iam.removed",
                        layout.uses().roleDefinitions().nameOf(a.roleDefinition()),
                        who.name() == null ? who.detail() : who.name())));
    }

    private void classic(
            Context ctx, int status, Caller caller, Messages m, Subscription s, Notice notice, String email) {
        Outcome<List<ClassicAdministratorsOf.Entry>> listed =
                layout.uses().classicAdministrators().list(caller, s.id());
        if (listed instanceof Outcome.Rejected<List<ClassicAdministratorsOf.Entry>> r && notice == null) {
            notice = AzureLayout.refusal(m, r);
            status = 403;
        }
        var rows = (listed.isOk() ? listed.orThrow() : List.<ClassicAdministratorsOf.Entry>of())
                .stream()
                        .map(e -> new AccessViews.ClassicAdministrator(
                                e.administrator().email().value(), SubscriptionPages.classicRoles(m, e.roles())))
                        .toList();
        var view = new ClassicAdministrators(s.id().toString(), s.displayName(), rows, email);
        String here = new Where(s, null).iam() + "/classic";
        var frame = layout.frame(
                        ctx, caller, m, m.get("portal.iam.title", s.displayName()), AzureFrame.SUBSCRIPTIONS, here)
                .with(notice);
        layout.write(ctx, status, "azure/classicAdministrators.jte", frame, view);
    }

    /** R15–R17 in the core: only the account administrator, and only someone it may name. */
    private void changeServiceAdministrator(Context ctx, Caller caller, Messages m, Subscription s) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        Outcome<Subscription> changed =
                layout.uses().changeServiceAdministrator().change(caller, s.id(), email);
        if (changed instanceof Outcome.Rejected<Subscription> r) {
            int status = r.code() == RuleCode.InvalidEmail
                    ? 400
                    : r.code() == RuleCode.OnlyAccountAdministratorCanChangeServiceAdministrator ? 403 : 409;
            classic(ctx, status, caller, m, s, AzureLayout.refusal(m, r), "");
            return;
        }
        Subscription now = changed.orThrow();
        classic(
                ctx,
                200,
                caller,
                m,
                now,
                Notice.success(m.get(
                        "portal.iam.serviceAdministratorChanged",
                        now.serviceAdministrator().email().value(),
                        now.displayName())),
                "");
    }

    /** R19–R24 in the core: who may add, whom, how many. */
    private void addCoAdministrator(Context ctx, Caller caller, Messages m, Subscription s) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        Outcome<CoAdministrator> added = layout.uses().addCoAdministrator().add(caller, s.id(), email);
        if (added instanceof Outcome.Rejected<CoAdministrator> r) {
            classic(ctx, r.code() == RuleCode.InvalidEmail ? 400 : 409, caller, m, s, AzureLayout.refusal(m, r), email);
            return;
        }
        classic(
                ctx,
                200,
                caller,
                m,
                s,
                Notice.success(m.get(
                        "portal.iam.coAdministratorAdded",
                        added.orThrow().administrator().email().value(),
                        s.displayName())),
                "");
    }
}
