package dev.cerulean.server.portal.classic;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.DirectoriesOfAccount.Membership;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.DirectoryChangeMode;
import dev.cerulean.core.move.DirectoryChangePreview;
import dev.cerulean.core.move.DirectoryChangeResult;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.plan.MovePlanJson;
import dev.cerulean.server.portal.classic.ClassicFrame.Screen;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
                    ctx, 400, caller, m, ClassicFrame.error(m, m.get("classic.settings.pickSubscription"), null));
            return;
        }
        Outcome<DirectoryChangePreview> allowed =
                uses.previewChange().preview(caller, id.get(), null, DirectoryChangeMode.CLASSIC);
        if (allowed instanceof Outcome.Rejected<DirectoryChangePreview> r && r.code() != RuleCode.DirectoryNotFound) {
            settings.subscriptions(ctx, 403, caller, m, WaysOut.refusal(m, r));
            return;
        }
        pickForm(ctx, 200, caller, m, id.get(), null);
    }

    private void pickForm(Context ctx, int status, Caller caller, Messages m, SubscriptionId id, String notice) {
        Subscription s = uses.subscriptions().byId(id).orElseThrow();
        List<Membership> others = uses.directoriesOfAccount().of(caller.identity()).stream()
                .filter(d -> !d.directory().id().equals(s.directory()))
                .toList();
        StringBuilder options = new StringBuilder();
        for (Membership d : others) {
            options.append("<option value=\"")
                    .append(d.directory().id())
                    .append("\">")
                    .append(Html.text(d.directory().displayName()))
                    .append(" (")
                    .append(Html.text(d.directory().initialDomain()))
                    .append(")</option>");
        }
        String body = dialogStart(m, "classic.edit.title") + (notice == null ? "" : notice)
                + "<p>" + Html.text(m.get("classic.edit.current", s.displayName(), frame.nameOf(s.directory())))
                + "</p>"
                + (others.isEmpty()
                        ? ClassicFrame.info(m.get("classic.edit.noOther"))
                        : "<form method=\"get\" action=\"" + REVIEW + "\">" + hidden("subscription", id.toString())
                                + hidden("screen", "1") + "<div class=\"field\"><label for=\"f-directory\">"
                                + Html.text(m.get("classic.edit.directory"))
                                + "</label><select id=\"f-directory\" name=\"directory\">" + options
                                + "</select></div><div class=\"wizard-actions\">"
                                + ClassicFrame.wizardButton(m.get("classic.next"), "➔", null, null)
                                + "</div></form>")
                + "</section>";
        frame.write(ctx, status, m, caller, new Screen(Section.SETTINGS, m.get("classic.edit.title"), body, List.of()));
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
                    ctx, 400, caller, m, ClassicFrame.error(m, m.get("classic.settings.pickSubscription"), null));
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
        String stale = version != null && version.equals(Long.toString(p.version()))
                ? null
                : WaysOut.refusal(m, new Outcome.Rejected<>(RuleCode.PreconditionFailed, List.of()));
        String name = uses.subscriptions()
                .byId(p.subscription())
                .map(Subscription::displayName)
                .orElse("");
        StringBuilder body = new StringBuilder(dialogStart(m, "classic.edit.review.title"));
        body.append("<p class=\"muted\">")
                .append(Html.text(m.get("classic.edit.review.step", second ? "2" : "1")))
                .append("</p>");
        if (stale != null) body.append(stale);
        if (!second) {
            body.append("<div class=\"notice warning\" role=\"note\"><p>")
                    .append(Html.text(m.get(
                            "classic.edit.review.warning",
                            name,
                            frame.nameOf(p.fromDirectory()),
                            frame.nameOf(p.toDirectory()))))
                    .append("</p>");
            body.append(
                    p.coAdministratorsToRemove().isEmpty()
                            ? ClassicFrame.info(m.get("classic.edit.review.noCoAdministrators"))
                            : list(p.coAdministratorsToRemove().stream()
                                    .map(CoAdministrator::administrator)
                                    .map(a -> a.email().value())
                                    .toList()));
            body.append("</div><form method=\"get\" action=\"")
                    .append(REVIEW)
                    .append("\">")
                    .append(hidden("subscription", p.subscription().toString()))
                    .append(hidden("directory", p.toDirectory().toString()))
                    .append(hidden("screen", "2"))
                    .append(hidden("version", version))
                    .append("<div class=\"wizard-actions\">")
                    .append(ClassicFrame.wizardButton(m.get("classic.next"), "➔", null, null))
                    .append("</div></form>");
        } else if (stale == null) {
            body.append("<h2>")
                    .append(Html.text(m.get("classic.edit.assignments.title")))
                    .append("</h2><p>")
                    .append(Html.text(m.get("classic.edit.assignments.text")))
                    .append("</p>")
                    .append(assignments(m, p));
            body.append("<form method=\"post\" action=\"")
                    .append(COMPLETE)
                    .append("\">")
                    .append(Csrf.hiddenField(ctx))
                    .append(hidden("subscription", p.subscription().toString()))
                    .append(hidden("directory", p.toDirectory().toString()))
                    .append(hidden("from", p.fromDirectory().toString()))
                    .append(hidden("version", version))
                    .append("<div class=\"wizard-actions\">")
                    .append(ClassicFrame.wizardButton(m.get("classic.complete"), "✓", null, null))
                    .append("</div></form>");
        }
        body.append("<p><a download href=\"")
                .append(Html.text(PLAN + "?subscription=" + p.subscription() + "&directory=" + p.toDirectory()))
                .append("\">")
                .append(Html.text(m.get("classic.edit.plan")))
                .append("</a></p>");
        body.append("<p><a href=\"")
                .append(Html.text(PATH + "?subscription=" + p.subscription()))
                .append("\">")
                .append(Html.text(m.get("classic.back")))
                .append("</a></p></section>");
        frame.write(
                ctx,
                200,
                m,
                caller,
                new Screen(Section.SETTINGS, m.get("classic.edit.review.title"), body.toString(), List.of()));
    }

    private String assignments(Messages m, DirectoryChangePreview p) {
        StringBuilder out = new StringBuilder();
        if (p.roleAssignmentsToDelete().isEmpty()) return ClassicFrame.info(m.get("classic.edit.assignments.none"));
        for (Map.Entry<String, List<RoleAssignment>> group :
                p.roleAssignmentsByResourceGroup().entrySet()) {
            out.append("<h3>")
                    .append(Html.text(m.get("classic.edit.assignments.group", group.getKey())))
                    .append("</h3>")
                    .append(list(group.getValue().stream().map(this::describe).toList()));
        }
        if (!p.subscriptionScopeRoleAssignments().isEmpty()) {
            out.append("<h3>")
                    .append(Html.text(m.get("classic.edit.assignments.subscription")))
                    .append("</h3>")
                    .append(list(p.subscriptionScopeRoleAssignments().stream()
                            .map(this::describe)
                            .toList()));
        }
        if (!p.customRolesToDelete().isEmpty()) {
            out.append("<p>")
                    .append(Html.text(m.get(
                            "classic.edit.customRoles",
                            String.join(
                                    ", ",
                                    p.customRolesToDelete().stream()
                                            .map(RoleDefinition::roleName)
                                            .toList()))))
                    .append("</p>");
        }
        return out.toString();
    }

    /**
     * "sam.reader@… (Sam Reader) – Reader": the principal as people know it, and its role; then the
     * assignment's description, when it has one, so that the reviewer sees why it was made.
     */
    private String describe(RoleAssignment a) {
        String who = uses.directories()
                .user(a.directory(), a.principalId())
                .map(u -> u.userPrincipalName() + " (" + u.displayName() + ")")
                .or(() -> uses.directories()
                        .servicePrincipal(a.directory(), a.principalId())
                        .map(AppRegistration::displayName))
                .orElse(a.principalId().toString());
        String role = uses.roleDefinitions().nameOf(a.roleDefinition());
        return who + " – " + role
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
                    ctx, 400, caller, m, ClassicFrame.error(m, m.get("classic.settings.pickSubscription"), null));
            return;
        }
        var seen = new ChangeDirectory.Seen(id.get(), DirectoryChangeMode.CLASSIC, from.get(), to.get(), version);
        Outcome<DirectoryChangeResult> outcome = uses.changeDirectory().apply(caller, seen);
        if (outcome instanceof Outcome.Rejected<DirectoryChangeResult> r) {
            String again = "<p><a href=\""
                    + Html.text(REVIEW + "?subscription=" + id.get() + "&directory=" + to.get() + "&screen=1") + "\">"
                    + Html.text(m.get("classic.edit.review.title")) + "</a></p>";
            String body = dialogStart(m, "classic.edit.title") + WaysOut.refusal(m, r) + again + "</section>";
            frame.write(
                    ctx, 409, m, caller, new Screen(Section.SETTINGS, m.get("classic.edit.title"), body, List.of()));
            return;
        }
        DirectoryChangeResult result = outcome.orThrow();
        // R31: the portal goes on in the subscription's new directory, as a silent new sign-in
        Caller now = sessions.switchDirectory(ctx, result.toDirectory())
                .map(Session::caller)
                .orElse(caller);
        StringBuilder body = new StringBuilder(ClassicFrame.heading(m.get("classic.edit.done.title")));
        body.append(ClassicFrame.success(m.get(
                "classic.edit.done.text",
                result.subscription().displayName(),
                frame.nameOf(result.toDirectory()),
                frame.nameOf(result.fromDirectory()))));
        if (!result.followUpItems().isEmpty()) {
            body.append("<section aria-labelledby=\"next\" class=\"followups\"><h2 id=\"next\">")
                    .append(Html.text(m.get("classic.edit.followUps")))
                    .append("</h2>")
                    .append(list(result.followUpItems().stream()
                            .map(f -> m.get("classic.followUp." + f.kind().name(), shortName(f)))
                            .toList()))
                    .append("</section>");
        }
        body.append("<p>")
                .append(ClassicFrame.link(SettingsPages.SUBSCRIPTIONS, m.get("classic.settings.subscriptions")))
                .append("</p>");
        frame.write(
                ctx,
                200,
                m,
                now,
                new Screen(Section.SETTINGS, m.get("classic.edit.done.title"), body.toString(), List.of()));
    }

    /** The resource's name (the last path segment) for a resource id; the account otherwise. */
    private static String shortName(FollowUpItem f) {
        String t = f.target();
        int slash = t.lastIndexOf('/');
        return slash >= 0 && t.startsWith("/subscriptions/") ? t.substring(slash + 1) : t;
    }

    private static String dialogStart(Messages m, String titleKey) {
        return "<section class=\"dialog\" aria-labelledby=\"dlg\"><h1 id=\"dlg\">" + Html.text(m.get(titleKey))
                + "</h1>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.text(value) + "\">";
    }

    private static String list(List<String> items) {
        StringBuilder out = new StringBuilder("<ul class=\"affected\">");
        for (String i : items) out.append("<li>").append(Html.text(i)).append("</li>");
        return out.append("</ul>").toString();
    }
}
