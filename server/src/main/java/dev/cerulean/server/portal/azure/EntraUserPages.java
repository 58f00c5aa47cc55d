package dev.cerulean.server.portal.azure;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.Domain;
import dev.cerulean.core.directory.UpdateDirectoryUser;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.azure.AccessViews.Option;
import dev.cerulean.server.portal.classic.PortalGate;
import dev.cerulean.server.portal.classic.PortalUseCases;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Microsoft Entra ID's Overview and Users for the directory the person works in: the list a page
 * at a time (read in the database), a search by the start of the user principal name (paged in
 * the database too) or by object id, New user,
 * Invite external user, and on a user Reset password, Enable/Disable sign-in and Delete. Every
 * change goes through the use case Graph's {@code /users} and {@code /invitations} call, so the
 * core decides who may (Global Administrator, User Administrator, Guest Inviter) and its refusal
 * is shown with the rule's message.
 */
final class EntraUserPages {
    private final AzureLayout layout;
    private final PortalUseCases uses;

    EntraUserPages(AzureLayout layout) {
        this.layout = layout;
        this.uses = layout.uses();
    }

    void register(RoutesConfig routes, PortalGate portal) {
        var gate = new Entra.Gate(portal, layout);
        gate.get(routes, Entra.HOME, this::overview);
        gate.get(routes, Entra.USERS, (ctx, caller, m) -> list(ctx, 200, caller, m, null, "", "", ""));
        gate.post(routes, Entra.USERS, this::create);
        gate.post(routes, Entra.USERS + "/invite", this::invite);
        gate.get(routes, Entra.USERS + "/{user}", (ctx, caller, m) -> user(ctx, 200, caller, m, null, null));
        gate.post(routes, Entra.USERS + "/{user}/password", this::resetPassword);
        gate.post(routes, Entra.USERS + "/{user}/sign-in", this::enable);
        gate.post(routes, Entra.USERS + "/{user}/delete", this::delete);
    }

    private void overview(Context ctx, Caller caller, Messages m) {
        DirectoryId id = caller.directory();
        Optional<Directory> found =
                id == null ? Optional.empty() : uses.directories().byId(id);
        var frame = layout.frame(ctx, caller, m, m.get("portal.entra"), AzureFrame.ENTRA, Entra.HOME);
        if (found.isEmpty()) {
            layout.write(
                    ctx,
                    404,
                    "azure/entraOverview.jte",
                    frame.with(Notice.error(m.get("portal.entra.noDirectory"))),
                    null);
            return;
        }
        Directory d = found.get();
        List<String> custom = uses.directories().domainsOf(id).stream()
                .filter(dm -> !dm.initial())
                .map(dm -> dm.name() + (dm.verified() ? "" : " (" + m.get("portal.entra.unverified") + ")"))
                .toList();
        boolean office365 = d.origin() == Directory.DirectoryOrigin.OFFICE_365_SIGNUP;
        var view = new EntraViews.Overview(
                id.toString(),
                d.displayName(),
                d.initialDomain(),
                custom,
                m.get("portal.entra.origin." + d.origin().name()),
                office365,
                uses.directories().userCount(id),
                uses.groups().count(id, GroupFilter.ALL));
        layout.write(ctx, 200, "azure/entraOverview.jte", frame, view);
    }

    private void list(
            Context ctx,
            int status,
            Caller caller,
            Messages m,
            Notice notice,
            String displayName,
            String userName,
            String inviteEmail) {
        DirectoryId id = caller.directory();
        String search = Optional.ofNullable(ctx.queryParam("search")).orElse("").strip();
        List<DirectoryUser> users;
        Pager paging;
        if (Guid.parse(search).isPresent()) {
            // an object id names one user
            users = Entra.user(uses, id, search).stream().toList();
            paging = new Pager(users.isEmpty() ? 0 : 1, users.size(), users.size(), null, null);
        } else {
            // the start of a user principal name, display name or mail, a page at a time, read in the database
            int offset = Entra.offset(ctx);
            String query = search.isEmpty() ? "" : "search=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
            users = search.isEmpty()
                    ? uses.directories().usersPage(id, offset, Entra.PAGE)
                    : uses.directories().usersStartingWith(id, search, offset, Entra.PAGE);
            int total = search.isEmpty()
                    ? uses.directories().userCount(id)
                    : uses.directories().userCountStartingWith(id, search);
            paging = Entra.paging(Entra.USERS, query, offset, users.size(), total);
        }
        List<EntraViews.UserRow> rows = users.stream()
                .map(u -> new EntraViews.UserRow(
                        u.id().toString(),
                        u.displayName(),
                        u.userPrincipalName(),
                        m.get("portal.entra.userType." + u.type().name()),
                        u.accountEnabled()))
                .toList();
        List<Option> domains = uses.directories().domainsOf(id).stream()
                .filter(Domain::verified)
                .map(d -> new Option(d.name(), "@" + d.name(), d.initial()))
                .toList();
        String here =
                Entra.USERS + (search.isEmpty() ? "" : "?search=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        var frame = layout.frame(ctx, caller, m, m.get("portal.entra.users"), AzureFrame.ENTRA, here)
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/entraUsers.jte",
                frame,
                new EntraViews.Users(
                        rows, paging, search, !search.isEmpty(), domains, displayName, userName, inviteEmail));
    }

    /** New user: a work account on one of the directory's verified domains, with the password typed. */
    private void create(Context ctx, Caller caller, Messages m) {
        String name = Entra.form(ctx, "displayName"), userName = Entra.form(ctx, "userName");
        String domain = Entra.form(ctx, "domain");
        String upn = userName.contains("@") || domain.isEmpty() ? userName : userName + "@" + domain;
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        boolean enabled = !"no".equals(ctx.formParam("accountEnabled"));
        Outcome<DirectoryUser> made =
                uses.entra().addUser().add(caller, caller.directory(), name, upn, password, null, enabled);
        if (made instanceof Outcome.Rejected<DirectoryUser> r) {
            list(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), name, userName, "");
            return;
        }
        DirectoryUser u = made.orThrow();
        list(
                ctx,
                200,
                caller,
                m,
                Notice.success(m.get("portal.entra.userCreated", u.displayName(), u.userPrincipalName())),
                "",
                "",
                "");
    }

    /** Invite external user: B2B, the guest appears at once with its invitation pending. */
    private void invite(Context ctx, Caller caller, Messages m) {
        String email = Entra.form(ctx, "email");
        Outcome<DirectoryUser> invited = uses.entra().inviteGuest().invite(caller, caller.directory(), email);
        if (invited instanceof Outcome.Rejected<DirectoryUser> r) {
            list(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), "", "", email);
            return;
        }
        DirectoryUser g = invited.orThrow();
        list(
                ctx,
                200,
                caller,
                m,
                Notice.success(m.get("portal.entra.invited", email, g.userPrincipalName())),
                "",
                "",
                "");
    }

    private void user(Context ctx, int status, Caller caller, Messages m, Notice notice, String newPassword) {
        String key = ctx.pathParam("user");
        Optional<DirectoryUser> found = Entra.user(uses, caller.directory(), key);
        if (found.isEmpty()) {
            list(ctx, 404, caller, m, Notice.error(m.get("portal.entra.noSuchUser", key)), "", "", "");
            return;
        }
        DirectoryUser u = found.get();
        List<String> roles = uses.directories().rolesOf(caller.directory(), u.id()).stream()
                .map(DirectoryRole::displayName)
                .toList();
        var frame = layout.frame(ctx, caller, m, u.displayName(), AzureFrame.ENTRA, Entra.USERS + "/" + u.id())
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/entraUser.jte",
                frame,
                new EntraViews.User(
                        u.id().toString(),
                        u.displayName(),
                        u.userPrincipalName(),
                        m.get("portal.entra.userType." + u.type().name()),
                        m.get("portal.entra.source." + u.source().name()),
                        u.accountEnabled(),
                        u.isHomedHere(),
                        u.invitationPending(),
                        roles,
                        newPassword));
    }

    /** Reset password: a new temporary password, shown this once. */
    private void resetPassword(Context ctx, Caller caller, Messages m) {
        String password = Entra.temporaryPassword();
        change(
                ctx,
                caller,
                m,
                new UpdateDirectoryUser.Changes(null, null, password),
                "portal.entra.passwordReset",
                password);
    }

    private void enable(Context ctx, Caller caller, Messages m) {
        boolean enabled = "yes".equals(ctx.formParam("enabled"));
        change(
                ctx,
                caller,
                m,
                new UpdateDirectoryUser.Changes(null, null, null, null, enabled),
                enabled ? "portal.entra.enabled" : "portal.entra.disabled",
                null);
    }

    private void change(
            Context ctx, Caller caller, Messages m, UpdateDirectoryUser.Changes changes, String done, String password) {
        Optional<DirectoryUser> found = Entra.user(uses, caller.directory(), ctx.pathParam("user"));
        if (found.isEmpty()) {
            user(ctx, 404, caller, m, null, null);
            return;
        }
        var changed = uses.entra()
                .updateUser()
                .update(caller, caller.directory(), found.get().id(), changes);
        if (changed instanceof Outcome.Rejected<DirectoryUser> r) {
            user(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), null);
            return;
        }
        user(ctx, 200, caller, m, Notice.success(m.get(done, found.get().displayName())), password);
    }

    private void delete(Context ctx, Caller caller, Messages m) {
        Optional<DirectoryUser> found = Entra.user(uses, caller.directory(), ctx.pathParam("user"));
        if (found.isEmpty()) {
            user(ctx, 404, caller, m, null, null);
            return;
        }
        var gone = uses.entra()
                .deleteUser()
                .delete(caller, caller.directory(), found.get().id());
        if (gone instanceof Outcome.Rejected<DirectoryUser> r) {
            user(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), null);
            return;
        }
        list(
                ctx,
                200,
                caller,
                m,
                Notice.success(m.get("portal.entra.userDeleted", found.get().userPrincipalName())),
                "",
                "",
                "");
    }
}
