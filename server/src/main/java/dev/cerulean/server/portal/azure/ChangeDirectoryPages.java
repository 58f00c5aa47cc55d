package dev.cerulean.server.portal.azure;

import dev.cerulean.core.access.RoleAssignment.PrincipalType;
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
import dev.cerulean.core.move.MovePlan.PlannedAssignment;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.plan.MovePlanJson;
import dev.cerulean.server.portal.azure.MoveViews.Done;
import dev.cerulean.server.portal.azure.MoveViews.Pick;
import dev.cerulean.server.portal.azure.MoveViews.PrincipalKind;
import dev.cerulean.server.portal.azure.MoveViews.Removed;
import dev.cerulean.server.portal.azure.MoveViews.Review;
import dev.cerulean.server.portal.azure.MoveViews.Target;
import dev.cerulean.server.portal.classic.PortalGate;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Change directory, the Azure portal's way (the modern mode of R9–R14): any Owner of the
 * subscription who is in both directories picks the destination, reviews everything the move
 * removes (the move plan, downloadable as JSON), confirms, and gets the follow-up list. Every
 * refusal is the rule's message on the page; nothing changes.
 */
final class ChangeDirectoryPages {
    private static final DirectoryChangeMode MODE = DirectoryChangeMode.MODERN;
    /** Destinations on a page of the pick step. */
    static final int PICK_PAGE = 50;

    private final AzureLayout layout;
    private final SubscriptionPages subscriptions;
    private final WebSessions sessions;

    ChangeDirectoryPages(AzureLayout layout, SubscriptionPages subscriptions, WebSessions sessions) {
        this.layout = layout;
        this.subscriptions = subscriptions;
        this.sessions = sessions;
    }

    static String path(Object subscription) {
        return SubscriptionPages.LIST + "/" + subscription + "/change-directory";
    }

    void register(RoutesConfig routes, PortalGate gate) {
        String base = SubscriptionPages.LIST + "/{subscription}/change-directory";
        gate.get(routes, base, this::pick);
        gate.get(routes, base + "/review", this::review);
        gate.get(routes, base + "/plan", this::plan);
        gate.post(routes, base, this::change);
    }

    /** The rules about the person and the offer answer before anything is chosen. */
    private void pick(Context ctx, Caller caller, Messages m) {
        Optional<Subscription> s = subscriptions.visible(ctx, caller);
        if (s.isEmpty()) {
            subscriptions.notFound(ctx, caller, m);
            return;
        }
        Outcome<DirectoryChangePreview> allowed =
                layout.uses().previewChange().preview(caller, s.get().id(), null, MODE);
        if (allowed instanceof Outcome.Rejected<DirectoryChangePreview> r && r.code() != RuleCode.DirectoryNotFound) {
            pickPage(ctx, 403, caller, m, s.get(), AzureLayout.refusal(m, r), true);
            return;
        }
        pickPage(ctx, 200, caller, m, s.get(), null, false);
    }

    /**
     * The destinations, a page of the person's directories at a time ({@value #PICK_PAGE}), searched
     * by name or domain in the store: a person may be in a thousand directories. The subscription's
     * own directory stays in the list, not selectable, so that the count is the list's.
     */
    private void pickPage(
            Context ctx, int status, Caller caller, Messages m, Subscription s, Notice notice, boolean refused) {
        String search = Pager.search(ctx);
        var at = Pager.readAt(
                Pager.offset(ctx),
                from -> layout.uses().directoriesOfAccount().page(caller.identity(), search, from, PICK_PAGE),
                f -> f.memberships().isEmpty());
        int offset = at.offset();
        var found = at.page();
        List<Target> targets = found.memberships().stream()
                .map(d -> new Target(
                        d.directory().id().toString(),
                        d.directory().displayName(),
                        d.directory().initialDomain(),
                        d.directory().id().equals(s.directory())))
                .toList();
        boolean none = search.isEmpty() && targets.stream().allMatch(Target::current) && found.total() <= 1;
        var pager = Pager.of(path(s.id()), search, offset, targets.size(), found.total(), PICK_PAGE);
        var view = new Pick(
                s.id().toString(),
                s.displayName(),
                layout.nameOf(s.directory()),
                targets,
                refused,
                none,
                search,
                pager);
        var frame = layout.frame(
                        ctx,
                        caller,
                        m,
                        m.get("portal.move.title", s.displayName()),
                        AzureFrame.SUBSCRIPTIONS,
                        path(s.id()))
                .with(notice);
        layout.write(ctx, status, "azure/changeDirectory.jte", frame, view);
    }

    private Outcome<MovePlan> planOf(Caller caller, SubscriptionId id, Optional<DirectoryId> to) {
        if (to.isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, "");
        return layout.uses().planChange().plan(caller, id, to.get(), MODE);
    }

    private static Optional<DirectoryId> directory(String text) {
        return text == null ? Optional.empty() : DirectoryId.parse(text);
    }

    /** Everything the move removes, from the move plan (R12–R14); a refusal goes back to the first step. */
    private void review(Context ctx, Caller caller, Messages m) {
        Optional<Subscription> s = subscriptions.visible(ctx, caller);
        if (s.isEmpty()) {
            subscriptions.notFound(ctx, caller, m);
            return;
        }
        Optional<DirectoryId> to = directory(ctx.queryParam("directory"));
        Outcome<MovePlan> plan = planOf(caller, s.get().id(), to);
        if (plan instanceof Outcome.Rejected<MovePlan> r) {
            pickPage(ctx, 409, caller, m, s.get(), AzureLayout.refusal(m, r), false);
            return;
        }
        reviewPage(ctx, 200, caller, m, plan.orThrow(), null);
    }

    private void reviewPage(Context ctx, int status, Caller caller, Messages m, MovePlan p, Notice notice) {
        Set<ObjectId> identities = p.managedIdentities().stream()
                .map(MovePlan.PlannedIdentity::principalId)
                .collect(Collectors.toSet());
        List<PrincipalKind> kinds = new ArrayList<>();
        for (String kind : List.of("User", "Group", "ServicePrincipal", "ManagedIdentity")) {
            List<Removed> removed = p.roleAssignments().stream()
                    .filter(a -> kind.equals(kindOf(a, identities)))
                    .map(a -> removed(m, a))
                    .toList();
            if (!removed.isEmpty()) kinds.add(new PrincipalKind(m.get("portal.move.kind." + kind), removed));
        }
        String query = "?directory=" + p.destination();
        var view = new Review(
                p.subscription().toString(),
                p.subscriptionName(),
                layout.nameOf(p.source()),
                p.source().toString(),
                layout.nameOf(p.destination()),
                p.destination().toString(),
                p.subscriptionVersion(),
                p.coAdministrators().stream()
                        .map(MovePlan.PlannedAdministrator::email)
                        .toList(),
                kinds,
                p.customRoles().stream().map(r -> r.roleName()).toList(),
                p.managedIdentities().stream()
                        .map(i -> m.get(
                                i.systemAssigned() ? "portal.move.identity.system" : "portal.move.identity.user",
                                i.resource().name()))
                        .toList(),
                p.keyVaults().stream()
                        .map(k -> m.get("portal.move.keyVault", k.resource().name()))
                        .toList(),
                p.serviceAdministratorLosesAccess()
                        ? m.get(
                                "classic.followUp.ServiceAdministratorLostAccess",
                                p.serviceAdministrator().email())
                        : null,
                path(p.subscription()) + "/plan" + query);
        var frame = layout.frame(
                        ctx,
                        caller,
                        m,
                        m.get("portal.move.review.title"),
                        AzureFrame.SUBSCRIPTIONS,
                        path(p.subscription()) + "/review" + query)
                .with(notice);
        layout.write(ctx, status, "azure/changeDirectoryReview.jte", frame, view);
    }

    private static String kindOf(PlannedAssignment a, Set<ObjectId> identities) {
        if (a.principal() == null) return "ServicePrincipal";
        if (a.principal().type() == PrincipalType.ServicePrincipal
                && identities.contains(a.principal().id())) {
            return "ManagedIdentity";
        }
        return a.principal().type().name();
    }

    private Removed removed(Messages m, PlannedAssignment a) {
        var p = a.principal();
        String who = p == null || p.displayName() == null ? m.get("portal.move.unknownPrincipal") : p.displayName();
        String detail = p == null
                ? ""
                : p.userPrincipalName() != null
                        ? p.userPrincipalName()
                        : p.appId() != null ? p.appId().toString() : "";
        return new Removed(who, detail, a.roleName(), AzureLayout.scope(m, a.scope()));
    }

    /** The review as a move plan to keep (docs/move-plan.schema.json); a refusal goes back to the first step. */
    private void plan(Context ctx, Caller caller, Messages m) {
        Optional<Subscription> s = subscriptions.visible(ctx, caller);
        if (s.isEmpty()) {
            subscriptions.notFound(ctx, caller, m);
            return;
        }
        Outcome<MovePlan> plan = planOf(caller, s.get().id(), directory(ctx.queryParam("directory")));
        if (plan instanceof Outcome.Rejected<MovePlan> r) {
            pickPage(ctx, 409, caller, m, s.get(), AzureLayout.refusal(m, r), false);
            return;
        }
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"move-plan-" + s.get().id() + ".json\"");
        ctx.contentType("application/json; charset=utf-8").result(MovePlanJson.write(plan.orThrow()));
    }

    /** Applies the move at the version reviewed (stale: PreconditionFailed, nothing changed). */
    private void change(Context ctx, Caller caller, Messages m) {
        Optional<Subscription> s = subscriptions.visible(ctx, caller);
        if (s.isEmpty()) {
            subscriptions.notFound(ctx, caller, m);
            return;
        }
        Optional<DirectoryId> to = directory(ctx.formParam("directory"));
        Optional<DirectoryId> from = directory(ctx.formParam("from"));
        long version;
        try {
            version = Long.parseLong(String.valueOf(ctx.formParam("version")));
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (to.isEmpty() || from.isEmpty()) {
            pickPage(ctx, 400, caller, m, s.get(), Notice.error(m.rule(RuleCode.DirectoryNotFound, List.of())), false);
            return;
        }
        if (!"yes".equals(ctx.formParam("understood"))) {
            Outcome<MovePlan> plan = planOf(caller, s.get().id(), to);
            if (plan.isOk()) {
                reviewPage(ctx, 400, caller, m, plan.orThrow(), Notice.error(m.get("portal.move.confirmRequired")));
                return;
            }
        }
        var seen = new ChangeDirectory.Seen(s.get().id(), MODE, from.get(), to.get(), version);
        Outcome<DirectoryChangeResult> outcome = layout.uses().changeDirectory().apply(caller, seen);
        if (outcome instanceof Outcome.Rejected<DirectoryChangeResult> r) {
            pickPage(ctx, 409, caller, m, s.get(), AzureLayout.refusal(m, r), false);
            return;
        }
        DirectoryChangeResult result = outcome.orThrow();
        // R31: the portal goes on in the subscription's new directory, as a silent new sign-in
        Caller now = sessions.switchDirectory(ctx, result.toDirectory())
                .map(Session::caller)
                .orElse(caller);
        var view = new Done(
                result.subscription().id().toString(),
                result.subscription().displayName(),
                layout.nameOf(result.fromDirectory()),
                layout.nameOf(result.toDirectory()),
                result.followUpItems().stream()
                        .map(f -> m.get("classic.followUp." + f.kind().name(), shortName(f)))
                        .toList());
        var frame = layout.frame(
                        ctx,
                        now,
                        m,
                        m.get("portal.move.done.title"),
                        AzureFrame.SUBSCRIPTIONS,
                        SubscriptionPages.LIST + "/" + result.subscription().id())
                .with(Notice.success(m.get("portal.move.done.text", view.subscriptionName(), view.to(), view.from())));
        layout.write(ctx, 200, "azure/changeDirectoryDone.jte", frame, view);
    }

    /** The resource's name (the last path segment) for a resource id; the account otherwise. */
    private static String shortName(FollowUpItem f) {
        String t = f.target();
        int slash = t.lastIndexOf('/');
        return slash >= 0 && t.startsWith("/subscriptions/") ? t.substring(slash + 1) : t;
    }
}
