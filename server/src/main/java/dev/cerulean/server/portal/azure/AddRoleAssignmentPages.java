package dev.cerulean.server.portal.azure;

import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.portal.azure.AccessViews.Add;
import dev.cerulean.server.portal.azure.AccessViews.Option;
import dev.cerulean.server.portal.azure.AccessViews.Role;
import dev.cerulean.server.portal.classic.PortalGate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Add role assignment at subscription scope, in the Azure portal's three steps: the role, then the
 * member (a user, group, service principal or managed identity of the subscription's directory),
 * then Review + assign. The core's CreateRoleAssignment decides (AuthorizationFailed,
 * PrincipalNotInDirectory, RoleDefinitionNotFound, RoleAssignmentExists, …); its refusal is shown
 * on the review, and nothing is assigned.
 */
final class AddRoleAssignmentPages {
    private final AzureLayout layout;
    private final AccessControlPages access;
    private final Principals principals;

    AddRoleAssignmentPages(AzureLayout layout, AccessControlPages access, Principals principals) {
        this.layout = layout;
        this.access = access;
        this.principals = principals;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        for (String base : AccessControlPages.SCOPES) register(routes, gate, base + "/add");
    }

    private void register(RoutesConfig routes, PortalGate gate, String add) {
        gate.get(routes, add, (ctx, caller, m) -> access.at(ctx, caller, m, w -> step(ctx, caller, m, w)));
        gate.post(routes, add, (ctx, caller, m) -> access.at(ctx, caller, m, w -> assign(ctx, caller, m, w)));
    }

    private static String param(Context ctx, String name) {
        String value = ctx.method().name().equals("POST") ? ctx.formParam(name) : ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    /** The step the query has reached: no role yet (1), a role (2), a role and a member (3). */
    private void step(Context ctx, Caller caller, Messages m, Where where) {
        String role = param(ctx, "role"), member = param(ctx, "member");
        if (role.isEmpty()) {
            page(ctx, 200, caller, m, where, 1, null, null);
            return;
        }
        Optional<RoleDefinition> chosen = roleOf(where, role);
        if (chosen.isEmpty()) {
            page(
                    ctx,
                    400,
                    caller,
                    m,
                    where,
                    1,
                    null,
                    Notice.error(m.rule(RuleCode.RoleDefinitionNotFound, List.of(role))));
            return;
        }
        if (member.isEmpty() || ObjectId.parse(member).isEmpty()) {
            page(
                    ctx,
                    200,
                    caller,
                    m,
                    where,
                    2,
                    chosen.get(),
                    member.isEmpty() ? null : Notice.error(m.get("portal.add.pickMember")));
            return;
        }
        page(ctx, 200, caller, m, where, 3, chosen.get(), null);
    }

    private Optional<RoleDefinition> roleOf(Where s, String role) {
        return RoleDefinitionId.parse(role)
                .flatMap(id -> layout.uses().roleDefinitions().at(s.scope(), id));
    }

    private void page(
            Context ctx,
            int status,
            Caller caller,
            Messages m,
            Where where,
            int step,
            RoleDefinition role,
            Notice notice) {
        Scope scope = where.scope();
        Subscription s = where.subscription();
        String roleId = role == null ? "" : role.id().toString();
        List<Role> roles = layout.uses().roleDefinitions().visibleAt(scope).stream()
                .map(r -> new Role(
                        r.id().toString(),
                        r.roleName(),
                        r.description(),
                        r.builtIn(),
                        r.id().toString().equals(roleId)))
                .toList();
        String kind = Principals.KINDS.contains(param(ctx, "type")) ? param(ctx, "type") : "User";
        // the subscription's identities name members from step 2 on; choosing a role needs none
        Map<ObjectId, String> identities = step < 2 ? Map.of() : principals.identities(caller, s.id());
        List<Option> types = Principals.KINDS.stream()
                .map(k -> new Option(k, m.get("portal.type." + k), k.equals(kind)))
                .toList();
        String member = param(ctx, "member");
        String search = param(ctx, "search").strip();
        var candidates = step < 2
                ? new Principals.Candidates(List.of(), 0)
                : principals.candidates(kind, s.directory(), identities, search);
        List<Option> members = candidates.shown().stream()
                .map(p -> new Option(
                        p.id().toString(),
                        p.name() + " (" + p.detail() + ")",
                        p.id().toString().equals(member)))
                .toList();
        String memberName = "";
        if (step == 3) {
            var id = ObjectId.parse(member).orElseThrow();
            var named = principals.describe(s.directory(), id, typeOf(kind), identities);
            memberName = named.name() == null ? member : named.name() + " (" + named.detail() + ")";
        }
        String assignment = param(ctx, "assignment");
        if (RoleAssignmentId.parse(assignment).isEmpty())
            assignment = UUID.randomUUID().toString();
        var view = new Add(
                s.id().toString(),
                s.displayName(),
                where.iam(),
                where.name(),
                step,
                roles,
                roleId,
                role == null ? "" : role.roleName(),
                types,
                kind,
                members,
                search,
                m.get("portal.add.search." + kind),
                candidates.total(),
                member,
                memberName,
                assignment);
        String here = where.iam() + "/add"
                + (role == null ? "" : "?role=" + roleId + "&type=" + kind + (step == 3 ? "&member=" + member : ""));
        var frame = layout.frame(ctx, caller, m, m.get("portal.add.title"), AzureFrame.SUBSCRIPTIONS, here)
                .with(notice);
        layout.write(ctx, status, "azure/addRoleAssignment.jte", frame, view);
    }

    private static PrincipalType typeOf(String kind) {
        return switch (kind) {
            case "Group" -> PrincipalType.Group;
            case "ServicePrincipal", "ManagedIdentity" -> PrincipalType.ServicePrincipal;
            default -> PrincipalType.User;
        };
    }

    private void assign(Context ctx, Caller caller, Messages m, Where where) {
        Subscription s = where.subscription();
        Optional<RoleDefinitionId> role = RoleDefinitionId.parse(param(ctx, "role"));
        Optional<ObjectId> member = ObjectId.parse(param(ctx, "member"));
        Optional<RoleAssignmentId> id = RoleAssignmentId.parse(param(ctx, "assignment"));
        if (role.isEmpty() || member.isEmpty() || id.isEmpty()) {
            page(ctx, 400, caller, m, where, 1, null, Notice.error(m.get("portal.add.incomplete")));
            return;
        }
        var request = new CreateRoleAssignment.Request(id.get(), where.scope(), role.get(), member.get());
        Outcome<CreateRoleAssignment.Result> created =
                layout.uses().createRoleAssignment().create(caller, request);
        if (created instanceof Outcome.Rejected<CreateRoleAssignment.Result> r) {
            Optional<RoleDefinition> chosen = roleOf(where, role.get().toString());
            int status = r.code() == RuleCode.AuthorizationFailed ? 403 : 409;
            if (chosen.isEmpty()) page(ctx, status, caller, m, where, 1, null, AzureLayout.refusal(m, r));
            else page(ctx, status, caller, m, where, 3, chosen.get(), AzureLayout.refusal(m, r));
            return;
        }
        var a = created.orThrow().assignment();
        var who = principals.describe(
                a.directory(), a.principalId(), a.principalType(), principals.identities(caller, s.id()));
        access.list(
                ctx,
                200,
                caller,
                m,
                where,
                Notice.success(m.get(
                        "portal.add.done",
                        layout.uses().roleDefinitions().nameOf(a.roleDefinition()),
                        who.name() == null ? who.detail() : who.name(),
                        where.name())));
    }
}
