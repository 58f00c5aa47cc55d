package dev.cerulean.server.portal.azure;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryRoleMember;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.portal.classic.PortalGate;
import dev.cerulean.server.portal.classic.PortalUseCases;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Microsoft Entra ID's Roles and administrators: the built-in directory roles with how many hold
 * each, a role's holders, Add assignment (a user or service principal of the directory) and
 * Remove. AssignDirectoryRole and RemoveDirectoryRole decide (only a Global Administrator; never
 * the last Global Administrator removed) and their refusals are shown.
 */
final class EntraRolePages {
    private final AzureLayout layout;
    private final PortalUseCases uses;

    EntraRolePages(AzureLayout layout) {
        this.layout = layout;
        this.uses = layout.uses();
    }

    void register(RoutesConfig routes, PortalGate portal) {
        var gate = new Entra.Gate(portal, layout);
        gate.get(routes, Entra.ROLES, this::list);
        gate.get(routes, Entra.ROLES + "/{role}", (ctx, caller, m) -> role(ctx, 200, caller, m, null, ""));
        gate.post(routes, Entra.ROLES + "/{role}/members", this::assign);
        gate.post(routes, Entra.ROLES + "/{role}/members/{member}/remove", this::remove);
    }

    private void list(Context ctx, Caller caller, Messages m) {
        List<EntraViews.RoleRow> rows = Arrays.stream(DirectoryRole.values())
                .map(r -> new EntraViews.RoleRow(
                        r.name(), r.displayName(), uses.directories().memberCount(caller.directory(), r)))
                .toList();
        var frame = layout.frame(ctx, caller, m, m.get("portal.entra.roles"), AzureFrame.ENTRA, Entra.ROLES);
        layout.write(ctx, 200, "azure/entraRoles.jte", frame, rows);
    }

    private static Optional<DirectoryRole> found(Context ctx) {
        return Arrays.stream(DirectoryRole.values())
                .filter(r -> r.name().equals(ctx.pathParam("role")))
                .findFirst();
    }

    private void role(Context ctx, int status, Caller caller, Messages m, Notice notice, String principal) {
        Optional<DirectoryRole> found = found(ctx);
        if (found.isEmpty()) {
            var frame = layout.frame(ctx, caller, m, m.get("portal.entra.roles"), AzureFrame.ENTRA, Entra.ROLES)
                    .with(Notice.error(m.get("portal.entra.noSuchRole", ctx.pathParam("role"))));
            layout.write(ctx, 404, "azure/entraRoles.jte", frame, List.of());
            return;
        }
        DirectoryRole r = found.get();
        // a page of holders at a time, read in the database
        int offset = Entra.offset(ctx);
        List<EntraViews.Member> members =
                uses.directories().membersPage(caller.directory(), r, offset, Entra.PAGE).stream()
                        .map(id -> Entra.describe(uses, caller.directory(), id, m))
                        .toList();
        var frame = layout.frame(ctx, caller, m, r.displayName(), AzureFrame.ENTRA, Entra.ROLES + "/" + r.name())
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/entraRole.jte",
                frame,
                new EntraViews.Role(
                        r.name(),
                        r.displayName(),
                        members,
                        Entra.paging(
                                Entra.ROLES + "/" + r.name(),
                                "",
                                offset,
                                members.size(),
                                uses.directories().memberCount(caller.directory(), r)),
                        principal));
    }

    private void assign(Context ctx, Caller caller, Messages m) {
        Optional<DirectoryRole> found = found(ctx);
        if (found.isEmpty()) {
            role(ctx, 404, caller, m, null, "");
            return;
        }
        String key = Entra.form(ctx, "principal");
        Optional<EntraViews.Member> principal = Entra.principal(uses, caller.directory(), key, m);
        if (principal.isEmpty()) {
            role(ctx, 404, caller, m, Notice.error(m.get("portal.entra.noSuchPrincipal", key)), key);
            return;
        }
        Outcome<DirectoryRoleMember> done = uses.entra()
                .assignRole()
                .assign(caller, caller.directory(), ObjectId.of(principal.get().id()), found.get());
        if (done instanceof Outcome.Rejected<DirectoryRoleMember> r) {
            role(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), key);
            return;
        }
        role(
                ctx,
                200,
                caller,
                m,
                Notice.success(m.get(
                        "portal.entra.assigned",
                        principal.get().name(),
                        found.get().displayName())),
                "");
    }

    private void remove(Context ctx, Caller caller, Messages m) {
        Optional<DirectoryRole> found = found(ctx);
        Optional<ObjectId> member = ObjectId.parse(ctx.pathParam("member"));
        if (found.isEmpty() || member.isEmpty()) {
            role(ctx, 404, caller, m, null, "");
            return;
        }
        String name = Entra.describe(uses, caller.directory(), member.get(), m).name();
        Outcome<DirectoryRoleMember> done =
                uses.entra().removeRole().remove(caller, caller.directory(), member.get(), found.get());
        if (done instanceof Outcome.Rejected<DirectoryRoleMember> r) {
            role(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), "");
            return;
        }
        role(
                ctx,
                200,
                caller,
                m,
                Notice.success(
                        m.get("portal.entra.unassigned", name, found.get().displayName())),
                "");
    }
}
