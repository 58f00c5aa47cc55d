package dev.cerulean.server.portal.azure;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.directory.DirectoriesOfAccount.Membership;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.PageWriter;
import dev.cerulean.server.portal.classic.PortalGate;
import dev.cerulean.server.portal.classic.PortalUseCases;
import dev.cerulean.server.signin.SignInPages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The Azure portal, its minimal part, under {@code /portal}: sign-in through {@code /login},
 * the Subscriptions list of the current directory (R30, "No subscriptions found"), the
 * directory switcher listing every directory the account is in (R31: a switch is a silent new
 * sign-in through that directory), and sign-out.
 */
public final class AzurePortal {
    public static final String HOME = "/portal", SWITCH = "/portal/directory";
    private final PortalUseCases uses;
    private final PortalGate gate;

    public AzurePortal(PortalUseCases uses, PortalGate gate) {
        this.uses = uses;
        this.gate = gate;
    }

    public void register(RoutesConfig routes) {
        gate.get(routes, HOME, (ctx, caller, m) -> home(ctx, 200, caller, m, null));
        gate.get(routes, HOME + "/subscriptions", (ctx, caller, m) -> home(ctx, 200, caller, m, null));
        gate.post(routes, SWITCH, this::switchDirectory);
    }

    private void switchDirectory(Context ctx, Caller caller, Messages m) {
        Optional<DirectoryId> target =
                Optional.ofNullable(ctx.formParam("directory")).flatMap(DirectoryId::parse);
        Optional<Session> switched = target.flatMap(t -> gate.sessions().switchDirectory(ctx, t));
        if (switched.isEmpty()) {
            home(
                    ctx,
                    400,
                    caller,
                    m,
                    "<div class=\"notice error\" role=\"alert\"><p>"
                            + Html.text(m.rule(dev.cerulean.core.common.RuleCode.DirectoryNotFound, List.of()))
                            + "</p></div>");
            return;
        }
        Caller now = switched.get().caller();
        home(
                ctx,
                200,
                now,
                m,
                "<div class=\"notice success\" role=\"status\"><p>"
                        + Html.text(m.get("portal.switched", name(now.directory()))) + "</p></div>");
    }

    private String name(DirectoryId id) {
        if (id == null) return "";
        return uses.directories().nameOf(id);
    }

    private void home(Context ctx, int status, Caller caller, Messages m, String notice) {
        List<Subscription> subscriptions =
                uses.azureSubscriptions().list(caller).orThrow();
        List<Membership> directories = uses.directoriesOfAccount().of(caller.identity());
        String current = name(caller.directory());
        StringBuilder options = new StringBuilder();
        for (Membership d : directories) {
            options.append("<option value=\"")
                    .append(d.directory().id())
                    .append("\"")
                    .append(d.directory().id().equals(caller.directory()) ? " selected" : "")
                    .append(">")
                    .append(Html.text(d.directory().displayName()))
                    .append(" (")
                    .append(Html.text(d.directory().initialDomain()))
                    .append(")</option>");
        }
        StringBuilder rows = new StringBuilder();
        for (Subscription s : subscriptions) {
            rows.append("<tr><th scope=\"row\">")
                    .append(Html.text(s.displayName()))
                    .append("</th><td>")
                    .append(s.id())
                    .append("</td><td>")
                    .append(Html.text(s.offer().displayName()))
                    .append("</td><td>")
                    .append(Html.text(s.state().name()))
                    .append("</td></tr>");
        }
        String list = subscriptions.isEmpty()
                ? "<div class=\"empty-state\"><h2>" + Html.text(m.get("portal.subscriptions.none")) + "</h2><p>"
                        + Html.text(m.get("portal.subscriptions.noneText", current)) + "</p></div>"
                : "<p class=\"intro\">" + Html.text(m.get("portal.subscriptions.intro", current)) + "</p>"
                        + "<table class=\"grid\"><thead><tr><th scope=\"col\">" + Html.text(m.get("portal.col.name"))
                        + "</th><th scope=\"col\">" + Html.text(m.get("portal.col.id")) + "</th><th scope=\"col\">"
                        + Html.text(m.get("portal.col.offer")) + "</th><th scope=\"col\">"
                        + Html.text(m.get("classic.col.status"))
                        + "</th></tr></thead><tbody>" + rows + "</tbody></table>";
        PageWriter.securityHeaders(ctx);
        String other = m.language().other().name();
        String html = "<!DOCTYPE html>\n<html lang=\"" + m.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + Html.text(m.get("portal.subscriptions")) + " – " + Html.text(m.get("portal.title")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/static/cerulean-classic.css\"></head><body class=\"azure\">"
                + "<a class=\"skip\" href=\"#main\">" + Html.text(m.get("classic.skip")) + "</a>"
                + "<header class=\"azurebar\"><a class=\"product\" href=\"" + HOME + "\">"
                + Html.text(m.get("portal.title")) + "</a>"
                + "<div class=\"account\" role=\"group\" aria-label=\"" + Html.text(m.get("classic.account")) + "\">"
                + "<span class=\"who\">" + Html.text(caller.displayName()) + "</span><span class=\"where\">"
                + Html.text(m.get("portal.currentDirectory", current)) + "</span>"
                + "<a class=\"toplink\" href=\"" + HOME + "?lang=" + other + "\" lang=\"" + other + "\" hreflang=\""
                + other + "\">"
                + Html.text(Messages.of(m.language().other()).get("language.name")) + "</a>"
                + "<form method=\"post\" action=\"" + SignInPages.LOGOUT + "\" class=\"inline\">"
                + Csrf.hiddenField(ctx)
                + "<button type=\"submit\" class=\"toplink\">" + Html.text(m.get("classic.signOut"))
                + "</button></form>"
                + "</div></header><main id=\"main\" class=\"blade\" tabindex=\"-1\"><h1>"
                + Html.text(m.get("portal.subscriptions"))
                + "</h1>" + (notice == null ? "" : notice)
                + "<form method=\"post\" action=\"" + SWITCH + "\" class=\"switcher\" aria-labelledby=\"switch-title\">"
                + Csrf.hiddenField(ctx) + "<h2 id=\"switch-title\">" + Html.text(m.get("portal.directory")) + "</h2>"
                + "<div class=\"field\"><label for=\"f-directory\">" + Html.text(m.get("portal.switchDirectory"))
                + "</label>"
                + "<select id=\"f-directory\" name=\"directory\">" + options + "</select></div>"
                + "<button type=\"submit\" class=\"primary\">" + Html.text(m.get("portal.switch")) + "</button></form>"
                + "<section aria-label=\"" + Html.text(m.get("portal.subscriptions")) + "\">" + list
                + "</section></main>"
                + "<footer class=\"azurefoot\"><a href=\"/classic/support\">" + Html.text(m.get("classic.help"))
                + "</a> · "
                + "<a href=\"/classic\">" + Html.text(m.get("classic.product.detail")) + "</a></footer></body></html>";
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }
}
