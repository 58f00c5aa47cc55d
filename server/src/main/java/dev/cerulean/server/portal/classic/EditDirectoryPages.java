package dev.cerulean.server.portal.classic;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.DirectoryChangeMode;
import dev.cerulean.core.move.DirectoryChangePreview;
import dev.cerulean.core.move.DirectoryChangeResult;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Link;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.plan.MovePlanJson;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import dev.cerulean.server.portal.classic.ClassicViews.AffectedGroup;
import dev.cerulean.server.portal.classic.ClassicViews.Choice;
import dev.cerulean.server.portal.classic.ClassicViews.DirectoryChanged;
import dev.cerulean.server.portal.classic.ClassicViews.Done;
import dev.cerulean.server.portal.classic.ClassicViews.PickDirectory;
import dev.cerulean.server.portal.classic.ClassicViews.Review;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * EDIT DIRECTORY (steps 2.2–2.5): "Change the associated directory" with the directories the
 * person is in (R10), Next; screen 1 of the review names the co-administrators that will be
 * removed, screen 2 the role-assignment users per resource group; Complete applies the change
 * at the version the person reviewed (stale: PreconditionFailed, nothing changed), shows the
 * follow-up items and continues in the new directory (R31, a silent new session).
 */
final class EditDirectoryPages {
    static final String PATH = "/classic/settings/edit-directory";
    static final String REVIEW = PATH + "/review", COMPLETE = PATH + "/complete", PLAN = PATH + "/plan";

    private final PortalUseCases uses;
    private final ClassicFrame frame;
    private final SettingsPages settings;
    private final WebSessions sessions;

    EditDirectoryPages(PortalUseCases uses, ClassicFrame frame, SettingsPages settings, WebSessions sessions) {
        this.uses = uses;
        this.frame = frame;
        this.settings = settings;
        this.sessions = sessions;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, PATH, this::pick);
        gate.get(routes, REVIEW, this::review);
        gate.get(routes, PLAN, this::plan);
        gate.post(routes, COMPLETE, this::complete);
    }

    private Optional<SubscriptionId> subscription(Context ctx) {
        String text = ctx.queryParam("subscription");
        if (text == null && dev.cerulean.server.page.Csrf.isForm(ctx)) text = ctx.formParam("subscription");
        return text == null ? Optional.empty() : SubscriptionId.parse(text);
    }

    private static Optional<DirectoryId> directory(String text) {
        return text == null ? Optional.empty() : DirectoryId.parse(text);
    }

    /** Step 2.2: the rules about the person and the offer (R9, R11) answer before anything is shown. */
    private void pick(Context ctx, Caller caller, Messages m) {
        Optional<SubscriptionId> id = subscription(ctx);
        if (id.isEmpty()) {
            settings.subscriptions(
                    ctx, 400, caller, m, List.of(ClassicNotice.error(m.get("classic.settings.pickSubscription"))));
            return;
        }
        Outcome<DirectoryChangePreview> allowed =
                uses.previewChange().preview(caller, id.get(), null, DirectoryChangeMode.CLASSIC);
        if (allowed instanceof Outcome.Rejected<DirectoryChangePreview> r && r.code() != RuleCode.DirectoryNotFound) {
            settings.subscriptions(ctx, 403, caller, m, WaysOut.refusal(m, r));
            return;
        }
        pickForm(ctx, 200, caller, m, id.get(), List.of());
    }

    /**
     * The directories to choose from, a page of the person's at a time ({@value SettingsPages#PICKER_PAGE}),
     * searched by name or domain in the store: a person may be in a thousand directories. The
     * subscription's own directory stays in the list, not selectable, so that the count is the list's.
     */
    private void pickForm(
            Context ctx, int status, Caller caller, Messages m, SubscriptionId id, List<ClassicNotice> notices) {
        Subscription s = uses.subscriptions().byId(id).orElseThrow();
        String search = Pager.search(ctx);
        var at = Pager.readAt(
                Pager.offset(ctx),
                from -> uses.directoriesOfAccount().page(caller.identity(), search, from, SettingsPages.PICKER_PAGE),
                f -> f.memberships().isEmpty());
        int offset = at.offset();
        var found = at.page();
        List<Choice> directories = found.memberships().stream()
                .map(d -> new Choice(
                        d.directory().id().toString(),
                        d.directory().displayName() + " (" + d.directory().initialDomain() + ")",
                        d.directory().id().equals(s.directory())))
                .toList();
        boolean noOther =
                search.isEmpty() && found.total() <= 1 && directories.stream().allMatch(Choice::checked);
        String keep = "subscription=" + id + (search.isEmpty() ? "" : "&search=" + Pager.encode(search));
        var pager = Pager.keeping(PATH, keep, offset, directories.size(), found.total(), SettingsPages.PICKER_PAGE);
        var page = frame.page(ctx, m, caller, Section.SETTINGS, m.get("classic.edit.title"))
                .withNotices(notices);
        String current = m.get("classic.edit.current", s.displayName(), frame.nameOf(s.directory()));
        frame.write(
                ctx,
                status,
                "classic/editPick.jte",
                page,
                new PickDirectory(id.toString(), current, directories, noOther, search, pager));
    }

    /**
     * The review as a move plan to keep (docs/move-plan.schema.json), under the classic rules: a
     * JSON download; a refusal goes back to the review, which says why.
     */
    private void plan(Context ctx, Caller caller, Messages m) {
        Optional<SubscriptionId> id = subscription(ctx);
        Optional<DirectoryId> to = directory(ctx.queryParam("directory"));
        Outcome<MovePlan> plan = id.isEmpty() || to.isEmpty()
                ? null
                : uses.planChange().plan(caller, id.get(), to.get(), DirectoryChangeMode.CLASSIC);
        if (plan == null || !plan.isOk()) {
            review(ctx, caller, m);
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"move-plan-" + id.get() + ".json\"");
        ctx.contentType("application/json; charset=utf-8").result(MovePlanJson.write(plan.orThrow()));
    }

    /** Steps 2.3–2.4: a read-only preview from the current data; screen 1 co-administrators, screen 2 assignments. */
    private void review(Context ctx, Caller caller, Messages m) {
        Optional<SubscriptionId> id = subscription(ctx);
        if (id.isEmpty()) {
            settings.subscriptions(
                    ctx, 400, caller, m, List.of(ClassicNotice.error(m.get("classic.settings.pickSubscription"))));
            return;
        }
        Outcome<DirectoryChangePreview> outcome = uses.previewChange()
                .preview(
                        caller,
                        id.get(),
                        directory(ctx.queryParam("directory")).orElse(null),
                        DirectoryChangeMode.CLASSIC);
        if (outcome instanceof Outcome.Rejected<DirectoryChangePreview> r) {
            if (r.code() == RuleCode.SubscriptionNotFound
                    || r.code() == RuleCode.RequiresServiceAdministrator
                    || r.code() == RuleCode.CoAdministratorCannotChangeDirectory) {
                settings.subscriptions(ctx, 403, caller, m, WaysOut.refusal(m, r));
            } else {
                pickForm(ctx, 409, caller, m, id.get(), WaysOut.refusal(m, r));
            }
            return;
        }
        DirectoryChangePreview p = outcome.orThrow();
        boolean second = "2".equals(ctx.queryParam("screen"));
        String version = second ? ctx.queryParam("version") : Long.toString(p.version());
        List<ClassicNotice> stale = version != null && version.equals(Long.toString(p.version()))
                ? null
                : WaysOut.refusal(m, new Outcome.Rejected<>(RuleCode.PreconditionFailed, List.of()));
        String name = uses.subscriptions()
                .byId(p.subscription())
                .map(Subscription::displayName)
                .orElse("");
        Review view = new Review(
                second,
                stale != null,
                m.get(
                        "classic.edit.review.warning",
                        name,
                        frame.nameOf(p.fromDirectory()),
                        frame.nameOf(p.toDirectory())),
                p.coAdministratorsToRemove().stream()
                        .map(CoAdministrator::administrator)
                        .map(a -> a.email().value())
                        .toList(),
                p.roleAssignmentsToDelete().isEmpty(),
                second && stale == null ? assignments(m, p) : List.of(),
                customRoles(m, p),
                p.subscription().toString(),
                p.fromDirectory().toString(),
                p.toDirectory().toString(),
                version,
                PLAN + "?subscription=" + p.subscription() + "&directory=" + p.toDirectory(),
                PATH + "?subscription=" + p.subscription());
        var page = frame.page(ctx, m, caller, Section.SETTINGS, m.get("classic.edit.review.title"))
                .withNotices(stale == null ? List.of() : stale);
        frame.write(ctx, 200, "classic/editReview.jte", page, view);
    }

    /** Screen 2's role assignments, per resource group and then at the subscription's scope. */
    private List<AffectedGroup> assignments(Messages m, DirectoryChangePreview p) {
        Map<ObjectId, String> who = principals(p);
        List<AffectedGroup> out = new ArrayList<>();
        for (Map.Entry<String, List<RoleAssignment>> group :
                p.roleAssignmentsByResourceGroup().entrySet()) {
            out.add(new AffectedGroup(
                    m.get("classic.edit.assignments.group", group.getKey()),
                    group.getValue().stream().map(a -> describe(a, who)).toList()));
        }
        if (!p.subscriptionScopeRoleAssignments().isEmpty()) {
            out.add(new AffectedGroup(
                    m.get("classic.edit.assignments.subscription"),
                    p.subscriptionScopeRoleAssignments().stream()
                            .map(a -> describe(a, who))
                            .toList()));
        }
        return out;
    }

    /**
     * "sam.reader@… (Sam Reader)" or an app's name, for every principal the review names: the users
     * in one read (a subscription can hold 4,000 assignments), then the few that are not users.
     */
    private Map<ObjectId, String> principals(DirectoryChangePreview p) {
        List<RoleAssignment> all = new ArrayList<>(p.subscriptionScopeRoleAssignments());
        p.roleAssignmentsByResourceGroup().values().forEach(all::addAll);
        Map<ObjectId, String> who = new HashMap<>();
        Map<DirectoryId, List<ObjectId>> byDirectory = new HashMap<>();
        Set<ObjectId> tried = new HashSet<>();
        for (RoleAssignment a : all)
            byDirectory.computeIfAbsent(a.directory(), d -> new ArrayList<>()).add(a.principalId());
        byDirectory.forEach((directory, ids) -> uses.directories()
                .users(directory, ids)
                .forEach((id, u) -> who.put(id, u.userPrincipalName() + " (" + u.displayName() + ")")));
        for (RoleAssignment a : all) {
            if (who.containsKey(a.principalId()) || !tried.add(a.principalId())) continue;
            uses.directories()
                    .servicePrincipal(a.directory(), a.principalId())
                    .ifPresent(app -> who.put(a.principalId(), app.displayName()));
        }
        return who;
    }

    private static String customRoles(Messages m, DirectoryChangePreview p) {
        if (p.customRolesToDelete().isEmpty()) return null;
        return m.get(
                "classic.edit.customRoles",
                String.join(
                        ", ",
                        p.customRolesToDelete().stream()
                                .map(RoleDefinition::roleName)
                                .toList()));
    }

    /**
     * "sam.reader@… (Sam Reader) – Reader": the principal as people know it, and its role; then the
     * assignment's description, when it has one, so that the reviewer sees why it was made.
     */
    private String describe(RoleAssignment a, Map<ObjectId, String> who) {
        String principal = who.getOrDefault(a.principalId(), a.principalId().toString());
        String role = uses.roleDefinitions().nameOf(a.roleDefinition());
        return principal + " – " + role
                + (a.description() == null || a.description().isBlank() ? "" : " – " + a.description());
    }

    private void complete(Context ctx, Caller caller, Messages m) {
        Optional<SubscriptionId> id = subscription(ctx);
        Optional<DirectoryId> to = directory(ctx.formParam("directory"));
        Optional<DirectoryId> from = directory(ctx.formParam("from"));
        long version;
        try {
            version = Long.parseLong(String.valueOf(ctx.formParam("version")));
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (id.isEmpty() || to.isEmpty() || from.isEmpty()) {
            settings.subscriptions(
                    ctx, 400, caller, m, List.of(ClassicNotice.error(m.get("classic.settings.pickSubscription"))));
            return;
        }
        var seen = new ChangeDirectory.Seen(id.get(), DirectoryChangeMode.CLASSIC, from.get(), to.get(), version);
        Outcome<DirectoryChangeResult> outcome = uses.changeDirectory().apply(caller, seen);
        if (outcome instanceof Outcome.Rejected<DirectoryChangeResult> r) {
            var again = new Link(
                    REVIEW + "?subscription=" + id.get() + "&directory=" + to.get() + "&screen=1",
                    m.get("classic.edit.review.title"));
            var page = frame.page(ctx, m, caller, Section.SETTINGS, m.get("classic.edit.title"))
                    .withNotices(WaysOut.refusal(m, r));
            frame.write(ctx, 409, "classic/dialogDone.jte", page, new Done(m.get("classic.edit.title"), again));
            return;
        }
        DirectoryChangeResult result = outcome.orThrow();
        // R31: the portal goes on in the subscription's new directory, as a silent new sign-in
        Caller now = sessions.switchDirectory(ctx, result.toDirectory())
                .map(Session::caller)
                .orElse(caller);
        var page = frame.page(ctx, m, now, Section.SETTINGS, m.get("classic.edit.done.title"))
                .withNotices(List.of(ClassicNotice.success(m.get(
                        "classic.edit.done.text",
                        result.subscription().displayName(),
                        frame.nameOf(result.toDirectory()),
                        frame.nameOf(result.fromDirectory())))));
        List<String> followUps = result.followUpItems().stream()
                .map(f -> m.get("classic.followUp." + f.kind().name(), shortName(f)))
                .toList();
        var next = new Link(SettingsPages.SUBSCRIPTIONS, m.get("classic.settings.subscriptions"));
        frame.write(ctx, 200, "classic/editDone.jte", page, new DirectoryChanged(followUps, next));
    }

    /** The resource's name (the last path segment) for a resource id; the account otherwise. */
    private static String shortName(FollowUpItem f) {
        String t = f.target();
        int slash = t.lastIndexOf('/');
        return slash >= 0 && t.startsWith("/subscriptions/") ? t.substring(slash + 1) : t;
    }
}
