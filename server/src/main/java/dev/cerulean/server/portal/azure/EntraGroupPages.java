package dev.cerulean.server.portal.azure;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.group.CreateGroup;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.portal.classic.PortalGate;
import dev.cerulean.server.portal.classic.PortalUseCases;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Microsoft Entra ID's Groups: the directory's security groups a page at a time (a search by the
 * start of the name, evaluated in the database), New security group, and a group's members with
 * Add member and Remove. The group use cases Graph's {@code /groups} calls decide who may (members
 * create groups; owners and administrators change them) and refuse cycles and duplicates.
 */
final class EntraGroupPages {

    private final AzureLayout layout;
    private final PortalUseCases uses;

    EntraGroupPages(AzureLayout layout) {
        this.layout = layout;
        this.uses = layout.uses();
    }

    void register(RoutesConfig routes, PortalGate portal) {
        var gate = new Entra.Gate(portal, layout);
        gate.get(routes, Entra.GROUPS, (ctx, caller, m) -> list(ctx, 200, caller, m, null, "", ""));
        gate.post(routes, Entra.GROUPS, this::create);
        gate.get(routes, Entra.GROUPS + "/{group}", (ctx, caller, m) -> group(ctx, 200, caller, m, null, ""));
        gate.post(routes, Entra.GROUPS + "/{group}/members", this::addMember);
        gate.post(routes, Entra.GROUPS + "/{group}/members/{member}/remove", this::removeMember);
    }

    private void list(
            Context ctx, int status, Caller caller, Messages m, Notice notice, String name, String description) {
        DirectoryId id = caller.directory();
        String search = Optional.ofNullable(ctx.queryParam("search")).orElse("").strip();
        GroupFilter filter = search.isEmpty()
                ? GroupFilter.ALL
                : new GroupFilter(GroupFilter.Field.displayName, GroupFilter.Match.STARTS_WITH, search);
        int offset = Entra.offset(ctx);
        List<EntraViews.GroupRow> rows = uses.groups().page(id, filter, offset, Entra.PAGE).stream()
                .map(g -> new EntraViews.GroupRow(g.id().toString(), g.displayName(), g.description()))
                .toList();
        String query = search.isEmpty() ? "" : "search=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
        var paging = Entra.paging(
                Entra.GROUPS, query, offset, rows.size(), uses.groups().count(id, filter));
        var frame = layout.frame(
                        ctx,
                        caller,
                        m,
                        m.get("portal.entra.groups"),
                        AzureFrame.ENTRA,
                        Entra.GROUPS + (query.isEmpty() ? "" : "?" + query))
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/entraGroups.jte",
                frame,
                new EntraViews.Groups(rows, paging, search, name, description));
    }

    private void create(Context ctx, Caller caller, Messages m) {
        String name = Entra.form(ctx, "displayName"), description = Entra.form(ctx, "description");
        Outcome<Group> made = uses.entra()
                .createGroup()
                .create(caller, caller.directory(), CreateGroup.Request.security(name, alias(name), description));
        if (made instanceof Outcome.Rejected<Group> r) {
            list(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), name, description);
            return;
        }
        list(
                ctx,
                200,
                caller,
                m,
                Notice.success(m.get("portal.entra.groupCreated", made.orThrow().displayName())),
                "",
                "");
    }

    /** The alias the portal gives a security group: the name's letters and digits, or a random one. */
    static String alias(String name) {
        String letters = name.replaceAll("[^A-Za-z0-9]", "");
        if (letters.length() > 64) letters = letters.substring(0, 64);
        return letters.isEmpty() ? UUID.randomUUID().toString().substring(0, 8) : letters;
    }

    private Optional<Group> found(Context ctx, Caller caller) {
        return ObjectId.parse(ctx.pathParam("group"))
                .flatMap(id -> uses.groups().group(caller.directory(), id));
    }

    private void group(Context ctx, int status, Caller caller, Messages m, Notice notice, String member) {
        Optional<Group> found = found(ctx, caller);
        if (found.isEmpty()) {
            list(ctx, 404, caller, m, Notice.error(m.get("portal.entra.noSuchGroup", ctx.pathParam("group"))), "", "");
            return;
        }
        Group g = found.get();
        DirectoryId id = caller.directory();
        // a page of members at a time, read in the database
        int offset = Entra.offset(ctx);
        List<EntraViews.Member> members = listed(uses.groups().membersPage(id, g.id(), offset, Entra.PAGE)).stream()
                .map(GroupMember::id)
                .map(memberId -> Entra.describe(uses, id, memberId, m))
                .toList();
        var frame = layout.frame(ctx, caller, m, g.displayName(), AzureFrame.ENTRA, Entra.GROUPS + "/" + g.id())
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/entraGroup.jte",
                frame,
                new EntraViews.Group(
                        g.id().toString(),
                        g.displayName(),
                        g.description(),
                        members,
                        Entra.paging(
                                Entra.GROUPS + "/" + g.id(),
                                "",
                                offset,
                                members.size(),
                                uses.groups().memberCount(id, g.id())),
                        member));
    }

    private static List<GroupMember> listed(Outcome<List<GroupMember>> members) {
        return members.isOk() ? members.orThrow() : List.of();
    }

    private void addMember(Context ctx, Caller caller, Messages m) {
        Optional<Group> found = found(ctx, caller);
        if (found.isEmpty()) {
            group(ctx, 404, caller, m, null, "");
            return;
        }
        String key = Entra.form(ctx, "member");
        Optional<EntraViews.Member> principal = Entra.principal(uses, caller.directory(), key, m);
        if (principal.isEmpty()) {
            group(ctx, 404, caller, m, Notice.error(m.get("portal.entra.noSuchPrincipal", key)), key);
            return;
        }
        var added = uses.entra()
                .groupMembers()
                .addMember(
                        caller,
                        caller.directory(),
                        found.get().id(),
                        ObjectId.of(principal.get().id()));
        if (added instanceof Outcome.Rejected<GroupMember> r) {
            group(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), key);
            return;
        }
        group(
                ctx,
                200,
                caller,
                m,
                Notice.success(m.get(
                        "portal.entra.memberAdded",
                        principal.get().name(),
                        found.get().displayName())),
                "");
    }

    private void removeMember(Context ctx, Caller caller, Messages m) {
        Optional<Group> found = found(ctx, caller);
        Optional<ObjectId> member = ObjectId.parse(ctx.pathParam("member"));
        if (found.isEmpty() || member.isEmpty()) {
            group(ctx, 404, caller, m, null, "");
            return;
        }
        String name = Entra.describe(uses, caller.directory(), member.get(), m).name();
        var removed = uses.entra()
                .groupMembers()
                .removeMember(caller, caller.directory(), found.get().id(), member.get());
        if (removed instanceof Outcome.Rejected<ObjectId> r) {
            group(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), "");
            return;
        }
        group(
                ctx,
                200,
                caller,
                m,
                Notice.success(
                        m.get("portal.entra.memberRemoved", name, found.get().displayName())),
                "");
    }
}
