package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.CreateDirectory;
import dev.cerulean.core.directory.DirectoriesOfAccount.Membership;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.move.DirectoryLinkRequest;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.PageWriter;
import dev.cerulean.server.portal.classic.ClassicFrame.Command;
import dev.cerulean.server.portal.classic.ClassicFrame.Screen;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import dev.cerulean.server.signin.SignInPages;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * Step 1 of the article, first half: the dashboard (ALL ITEMS), ACTIVE DIRECTORY, the NEW drawer
 * (NEW > DIRECTORY > CUSTOM CREATE) and the "Add directory" dialog, which creates a directory or,
 * with "Use existing directory", records a link request, remembers it in this browser and signs
 * the person out (R2). The Global Administrator's half is {@link LinkPages}.
 */
final class DirectoryPages {
    static final String DASHBOARD = "/classic",
            DIRECTORIES = "/classic/directories",
            NEW = "/classic/new",
            ADD = "/classic/directories/add",
            SIGNED_OUT = "/classic/signed-out",
            LINK = "/classic/link";

    private final PortalUseCases uses;
    private final ClassicFrame frame;
    private final WebSessions sessions;

    DirectoryPages(PortalUseCases uses, ClassicFrame frame, WebSessions sessions) {
        this.uses = uses;
        this.frame = frame;
        this.sessions = sessions;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, DASHBOARD, this::dashboard);
        gate.get(routes, DIRECTORIES, this::activeDirectory);
        gate.get(routes, NEW, this::newDrawer);
        gate.get(routes, ADD, (ctx, caller, m) -> addForm(ctx, 200, caller, m, "new", null, null));
        gate.post(routes, ADD, this::add);
        routes.get(SIGNED_OUT, this::signedOut);
    }

    private void dashboard(Context ctx, Caller caller, Messages m) {
        List<Membership> memberships = uses.directoriesOfAccount().of(caller.identity());
        List<Subscription> subscriptions =
                uses.classicSubscriptions().list(caller).orThrow();
        StringBuilder rows = new StringBuilder();
        for (Membership d : memberships) {
            rows.append("<tr><th scope=\"row\"><a href=\"")
                    .append(DIRECTORIES)
                    .append("\">")
                    .append(Html.text(d.directory().displayName()))
                    .append("</a></th><td>")
                    .append(Html.text(m.get("classic.type.directory")))
                    .append("</td><td>")
                    .append(Html.text(m.get("classic.status.active")))
                    .append("</td><td>")
                    .append(Html.text(d.directory().initialDomain()))
                    .append("</td></tr>");
        }
        for (Subscription s : subscriptions) {
            rows.append("<tr><th scope=\"row\"><a href=\"")
                    .append(SettingsPages.SUBSCRIPTIONS)
                    .append("\">")
                    .append(Html.text(s.displayName()))
                    .append("</a></th><td>")
                    .append(Html.text(m.get("classic.type.subscription")))
                    .append("</td><td>")
                    .append(Html.text(s.state().name()))
                    .append("</td><td>")
                    .append(Html.text(s.id().toString()))
                    .append("</td></tr>");
        }
        String body = ClassicFrame.heading(m.get("classic.dashboard.title"))
                + "<p class=\"intro\">" + Html.text(m.get("classic.dashboard.intro")) + "</p>"
                + "<section aria-labelledby=\"dash\"><h2 id=\"dash\">" + Html.text(m.get("classic.dashboard.label"))
                + "</h2>"
                + (rows.length() == 0
                        ? ClassicFrame.info(m.get("classic.dashboard.empty"))
                        : "<table class=\"grid\"><thead><tr><th scope=\"col\">" + Html.text(m.get("classic.col.name"))
                                + "</th><th scope=\"col\">" + Html.text(m.get("classic.col.type"))
                                + "</th><th scope=\"col\">"
                                + Html.text(m.get("classic.col.status")) + "</th><th scope=\"col\">"
                                + Html.text(m.get("classic.col.domain"))
                                + " / " + Html.text(m.get("classic.col.subscriptionId")) + "</th></tr></thead><tbody>"
                                + rows
                                + "</tbody></table>")
                + "</section>";
        frame.write(
                ctx, 200, m, caller, new Screen(Section.ALL_ITEMS, m.get("classic.dashboard.title"), body, List.of()));
    }

    private void activeDirectory(Context ctx, Caller caller, Messages m) {
        List<Membership> memberships = uses.directoriesOfAccount().of(caller.identity());
        // one read of every membership's roles, not one per row
        var roles = uses.directories()
                .rolesOfMembers(memberships.stream().map(d -> d.user().id()).toList());
        StringBuilder rows = new StringBuilder();
        for (Membership d : memberships) {
            boolean global = roles.getOrDefault(d.user().id(), List.of()).contains(DirectoryRole.GlobalAdministrator);
            String role = m.get(
                            global
                                    ? "classic.role.globalAdministrator"
                                    : d.user().type() == dev.cerulean.core.directory.DirectoryUser.UserType.Guest
                                            ? "classic.role.guest"
                                            : "classic.role.user")
                    + (d.isHome() ? " (" + m.get("classic.role.home") + ")" : "");
            rows.append("<tr><th scope=\"row\">")
                    .append(Html.text(d.directory().displayName()))
                    .append("</th><td>")
                    .append(Html.text(m.get("classic.status.active")))
                    .append("</td><td>")
                    .append(Html.text(role))
                    .append("</td><td>")
                    .append(Html.text(d.directory().initialDomain()))
                    .append("</td><td>")
                    .append(Html.text(d.directory().country()))
                    .append("</td></tr>");
        }
        String body = ClassicFrame.heading(m.get("classic.ad.title"))
                + "<p class=\"intro\">" + Html.text(m.get("classic.ad.intro")) + "</p>"
                + "<section aria-labelledby=\"dirs\"><h2 id=\"dirs\">" + Html.text(m.get("classic.ad.directories"))
                + "</h2>"
                + (rows.length() == 0
                        ? ClassicFrame.info(m.get("classic.ad.empty"))
                        : "<table class=\"grid\"><thead><tr>" + th(m, "classic.col.name") + th(m, "classic.col.status")
                                + th(m, "classic.col.role") + th(m, "classic.col.domain") + th(m, "classic.col.country")
                                + "</tr></thead><tbody>" + rows + "</tbody></table>")
                + "</section>";
        frame.write(
                ctx,
                200,
                m,
                caller,
                new Screen(
                        Section.ACTIVE_DIRECTORY,
                        m.get("classic.ad.title"),
                        body,
                        List.of(Command.link(m.get("classic.cmd.add"), ADD, "+"))));
    }

    static String th(Messages m, String key) {
        return "<th scope=\"col\">" + Html.text(m.get(key)) + "</th>";
    }

    /** The NEW drawer: the DIRECTORY category, then CUSTOM CREATE, as links so that it needs no script. */
    private void newDrawer(Context ctx, Caller caller, Messages m) {
        boolean directory = "directory".equals(ctx.queryParam("item"));
        String body = ClassicFrame.heading(m.get("classic.new.title"))
                + "<div class=\"drawer\"><ul class=\"drawer-col\" aria-label=\"" + Html.text(m.get("classic.new.title"))
                + "\">"
                + "<li><a href=\"" + NEW + "?item=directory\""
                + (directory ? " aria-current=\"true\" class=\"current\"" : "")
                + "><span class=\"navicon\" aria-hidden=\"true\">◆</span>" + Html.text(m.get("classic.new.directory"))
                + "</a></li></ul><div class=\"drawer-col\">"
                + (directory
                        ? "<ul aria-label=\"" + Html.text(m.get("classic.new.directory"))
                                + "\"><li><a class=\"quick\" href=\""
                                + ADD + "\">" + Html.text(m.get("classic.new.customCreate")) + "</a><p>"
                                + Html.text(m.get("classic.new.customCreate.detail")) + "</p></li></ul>"
                        : ClassicFrame.info(m.get("classic.new.pick")))
                + "</div></div>";
        frame.write(ctx, 200, m, caller, new Screen(Section.NONE, m.get("classic.new.title"), body, List.of()));
    }

    private void addForm(
            Context ctx, int status, Caller caller, Messages m, String choice, String notice, String[] typed) {
        String name = typed == null ? "" : typed[0], domain = typed == null ? "" : typed[1];
        String country = typed == null ? "" : typed[2];
        String body = "<section class=\"dialog\" aria-labelledby=\"dlg\"><h1 id=\"dlg\">"
                + Html.text(m.get("classic.add.title"))
                + "</h1>" + (notice == null ? "" : notice)
                + "<form method=\"post\" action=\"" + ADD + "\">" + Csrf.hiddenField(ctx)
                + "<fieldset><legend>" + Html.text(m.get("classic.add.directory")) + "</legend>"
                + radio("choice", "new", m.get("classic.add.createNew"), "new".equals(choice))
                + radio("choice", "existing", m.get("classic.add.useExisting"), "existing".equals(choice))
                + "</fieldset>"
                + "<fieldset class=\"group\"><legend>" + Html.text(m.get("classic.add.newFields")) + "</legend>"
                + input("name", m.get("classic.add.name"), name, null)
                + input("domain", m.get("classic.add.domain"), domain, m.get("classic.add.domain.suffix"))
                + input("country", m.get("classic.add.country"), country, m.get("classic.add.country.hint"))
                + "</fieldset>"
                + "<fieldset class=\"group\"><legend>" + Html.text(m.get("classic.add.existingFields")) + "</legend>"
                + "<p>" + Html.text(m.get("classic.add.existing.text", caller.displayName())) + "</p>"
                + "<div class=\"check\"><input type=\"checkbox\" id=\"f-ready\" name=\"ready\" value=\"yes\">"
                + "<label for=\"f-ready\">" + Html.text(m.get("classic.add.ready")) + "</label></div></fieldset>"
                + "<div class=\"wizard-actions\">"
                + ClassicFrame.wizardButton(m.get("classic.complete"), "✓", null, null)
                + "</div></form></section>";
        frame.write(
                ctx,
                status,
                m,
                caller,
                new Screen(Section.ACTIVE_DIRECTORY, m.get("classic.add.title"), body, List.of()));
    }

    static String radio(String name, String value, String label, boolean checked) {
        String id = "f-" + name + "-" + value;
        return "<div class=\"check\"><input type=\"radio\" id=\"" + id + "\" name=\"" + name + "\" value=\"" + value
                + "\"" + (checked ? " checked" : "") + "><label for=\"" + id + "\">" + Html.text(label)
                + "</label></div>";
    }

    static String input(String name, String label, String value, String hint) {
        String id = "f-" + name;
        return "<div class=\"field\"><label for=\"" + id + "\">" + Html.text(label) + "</label><input id=\"" + id
                + "\" name=\"" + name + "\" type=\"text\" value=\"" + Html.text(value) + "\""
                + (hint == null ? "" : " aria-describedby=\"" + id + "-hint\"") + ">"
                + (hint == null ? "" : "<span class=\"hint\" id=\"" + id + "-hint\">" + Html.text(hint) + "</span>")
                + "</div>";
    }

    private void add(Context ctx, Caller caller, Messages m) {
        String choice = "existing".equals(ctx.formParam("choice")) ? "existing" : "new";
        if (choice.equals("existing")) {
            Outcome<DirectoryLinkRequest> requested =
                    uses.requestLink().request(caller, "yes".equals(ctx.formParam("ready")));
            if (requested instanceof Outcome.Rejected<DirectoryLinkRequest> r) {
                addForm(ctx, 409, caller, m, choice, WaysOut.refusal(m, r), null);
                return;
            }
            // R2: the session ends; this browser remembers the request for the Global Administrator's Continue
            LinkPages.remember(ctx, requested.orThrow(), uses.settings());
            sessions.end(ctx);
            ctx.redirect(SIGNED_OUT, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        String[] typed = {nz(ctx.formParam("name")), nz(ctx.formParam("domain")), nz(ctx.formParam("country"))};
        Outcome<CreateDirectory.Created> created = uses.createDirectory().create(caller, typed[0], typed[1], typed[2]);
        if (created instanceof Outcome.Rejected<CreateDirectory.Created> r) {
            addForm(ctx, 400, caller, m, choice, WaysOut.refusal(m, r), typed);
            return;
        }
        var d = created.orThrow().directory();
        String body = ClassicFrame.heading(m.get("classic.ad.title"))
                + ClassicFrame.success(m.get("classic.add.created", d.displayName(), d.initialDomain()))
                + "<p>" + ClassicFrame.link(DIRECTORIES, m.get("classic.nav.activeDirectory")) + "</p>";
        frame.write(
                ctx, 201, m, caller, new Screen(Section.ACTIVE_DIRECTORY, m.get("classic.success"), body, List.of()));
    }

    /** After "Use existing directory": signed out, told to sign in as the other directory's Global Administrator. */
    private void signedOut(Context ctx) {
        Messages m = Messages.of(dev.cerulean.server.page.Language.of(ctx));
        long minutes = Math.max(1, uses.settings().linkRequestExpiry().toMinutes());
        PageWriter.write(
                ctx,
                200,
                m,
                m.get("classic.signedOut.title"),
                SIGNED_OUT + "?lang=" + m.language().other(),
                "<h1>" + Html.text(m.get("classic.signedOut.title")) + "</h1><p>"
                        + Html.text(m.get("classic.signedOut.text", Long.toString(minutes))) + "</p>"
                        + "<div class=\"actions\"><a class=\"button\" href=\"" + Html.text(SignInPages.loginUrl(LINK))
                        + "\">"
                        + Html.text(m.get("classic.signIn")) + "</a></div>"
                        + "<div class=\"links\"><p><a href=\"/classic/support\">" + Html.text(m.get("classic.help"))
                        + "</a></p></div>");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
