package dev.cerulean.server.portal.azure;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.portal.azure.AccessViews.Assignment;
import dev.cerulean.server.portal.azure.AccessViews.CheckAccess;
import dev.cerulean.server.portal.azure.AccessViews.Option;
import dev.cerulean.server.portal.azure.AccessViews.RoleRow;
import dev.cerulean.server.portal.azure.AccessViews.Roles;
import dev.cerulean.server.portal.classic.PortalGate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Access control tells without changing anything: the Roles tab (every role visible at the
 * scope with its permissions) and Check access (a member's role assignments that apply here,
 * directly or through its groups), read through ReadRoleDefinitions and ListRoleAssignments.
 */
final class AccessInsightPages {
    private final AzureLayout layout;
    private final AccessControlPages access;
    private final Principals principals;

    AccessInsightPages(AzureLayout layout, AccessControlPages access, Principals principals) {
        this.layout = layout;
        this.access = access;
        this.principals = principals;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        for (String base : AccessControlPages.SCOPES) {
            gate.get(
                    routes,
                    base + "/roles",
                    (ctx, caller, m) -> access.at(ctx, caller, m, w -> roles(ctx, caller, m, w)));
            gate.get(
                    routes,
                    base + "/check",
                    (ctx, caller, m) -> access.at(ctx, caller, m, w -> check(ctx, caller, m, w)));
        }
    }

    private void roles(Context ctx, Caller caller, Messages m, Where where) {
        Subscription s = where.subscription();
        List<RoleRow> rows = layout.uses().roleDefinitions().visibleAt(where.scope()).stream()
                .map(r -> new RoleRow(
                        r.roleName(),
                        m.get(r.builtIn() ? "portal.roles.builtIn" : "portal.add.custom"),
                        r.description(),
                        r.actions(),
                        r.notActions()))
                .toList();
        var frame = layout.frame(
                ctx,
                caller,
                m,
                m.get("portal.iam.title", where.name()),
                AzureFrame.SUBSCRIPTIONS,
                where.iam() + "/roles");
        layout.write(
                ctx,
                200,
                "azure/roles.jte",
                frame,
                new Roles(s.id().toString(), s.displayName(), where.iam(), where.group(), rows));
    }

    private void check(Context ctx, Caller caller, Messages m, Where where) {
        Subscription s = where.subscription();
        String type = Optional.ofNullable(ctx.queryParam("type"))
                .filter(Principals.KINDS::contains)
                .orElse("User");
        String member = Optional.ofNullable(ctx.queryParam("member")).orElse("");
        Map<ObjectId, String> identities = principals.identities(caller, s.id());
        List<Option> types = Principals.KINDS.stream()
                .map(k -> new Option(k, m.get("portal.type." + k), k.equals(type)))
                .toList();
        String search = Optional.ofNullable(ctx.queryParam("search")).orElse("").strip();
        var candidates = principals.candidates(type, s.directory(), identities, search);
        List<Option> members = candidates.shown().stream()
                .map(p -> new Option(
                        p.id().toString(),
                        p.name() + " (" + p.detail() + ")",
                        p.id().toString().equals(member)))
                .toList();
        Optional<ObjectId> chosen = ObjectId.parse(member);
        Notice notice = null;
        String memberName = "";
        List<Assignment> rows = List.of();
        int status = 200;
        if (chosen.isPresent()) {
            var named = principals.describe(s.directory(), chosen.get(), typeOf(type), identities);
            memberName = named.name() == null ? member : named.name();
            Outcome<List<RoleAssignment>> listed =
                    layout.uses().listRoleAssignments().list(caller, where.scope(), chosen.get(), true);
            if (listed instanceof Outcome.Rejected<List<RoleAssignment>> r) {
                notice = AzureLayout.refusal(m, r);
                status = 403;
            } else {
                rows = listed.orThrow().stream()
                        .filter(a -> a.scope().contains(where.scope()))
                        .map(a -> row(m, a, identities, where))
                        .toList();
            }
        }
        var view = new CheckAccess(
                s.id().toString(),
                s.displayName(),
                where.iam(),
                where.group(),
                types,
                type,
                members,
                search,
                m.get("portal.add.search." + type),
                candidates.total(),
                member,
                memberName,
                rows);
        var frame = layout.frame(
                        ctx,
                        caller,
                        m,
                        m.get("portal.iam.title", where.name()),
                        AzureFrame.SUBSCRIPTIONS,
                        where.iam() + "/check?type=" + type + (member.isEmpty() ? "" : "&member=" + member))
                .with(notice);
        layout.write(ctx, status, "azure/checkAccess.jte", frame, view);
    }

    /** An assignment that applies to the member: its own, or a group's it is in (the group named). */
    private Assignment row(Messages m, RoleAssignment a, Map<ObjectId, String> identities, Where where) {
        var who = principals.describe(a.directory(), a.principalId(), a.principalType(), identities);
        return new Assignment(
                a.id().toString(),
                who.name() == null ? m.get("portal.move.unknownPrincipal") : who.name(),
                who.detail(),
                m.get("portal.type." + who.kind()),
                layout.uses().roleDefinitions().nameOf(a.roleDefinition()),
                AzureLayout.scope(m, a.scope()),
                !a.scope().equals(where.scope()));
    }

    static PrincipalType typeOf(String kind) {
        return switch (kind) {
            case "Group" -> PrincipalType.Group;
            case "ServicePrincipal", "ManagedIdentity" -> PrincipalType.ServicePrincipal;
            default -> PrincipalType.User;
        };
    }
}
