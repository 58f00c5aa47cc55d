package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.PageWriter;
import dev.cerulean.server.signin.SignInPages;
import io.javalin.http.Context;
import java.util.List;

/**
 * The classic portal's frame, after the 2017 management portal: a black top bar with the
 * account, a dark left pane (ALL ITEMS, ACTIVE DIRECTORY, SETTINGS), the page, and the command
 * bar at the bottom with NEW and the page's commands in capitals. Landmarks: banner, the
 * services navigation, main, and the command bar's contentinfo with "Need help? Contact support".
 */
public final class ClassicFrame {
    public static final String STYLESHEET = "/static/cerulean-classic.css";

    public enum Section {
        ALL_ITEMS("/classic", "classic.nav.allItems", "▦"),
        ACTIVE_DIRECTORY("/classic/directories", "classic.nav.activeDirectory", "◆"),
        SETTINGS("/classic/settings", "classic.nav.settings", "⚙"),
        NONE("/classic", null, null);
        final String href, key, icon;

        Section(String href, String key, String icon) {
            this.href = href;
            this.key = key;
            this.icon = icon;
        }
    }

    /** A command of the command bar: a link ({@code href}), or the submit button of the form {@code form}. */
    public record Command(String label, String href, String form, String icon) {
        public static Command link(String label, String href, String icon) {
            return new Command(label, href, null, icon);
        }

        public static Command submit(String label, String form, String icon) {
            return new Command(label, null, form, icon);
        }
    }

    /** One page: where it belongs in the left pane, its title, its (escaped) body and its commands. */
    public record Screen(Section section, String title, String body, List<Command> commands) {}

    private final ReadDirectories directories;

    public ClassicFrame(ReadDirectories directories) {
        this.directories = directories;
    }

    public String directoryName(Caller caller) {
        return nameOf(caller.directory());
    }

    /** A directory's display name; null for none. */
    public String nameOf(dev.cerulean.core.common.DirectoryId id) {
        if (id == null) return null;
        return directories.nameOf(id);
    }

    public void write(Context ctx, int status, Messages m, Caller caller, Screen screen) {
        PageWriter.securityHeaders(ctx);
        String directory = directoryName(caller);
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(m.language())
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(Html.text(screen.title()))
                .append(" – ")
                .append(Html.text(m.get("classic.product")))
                .append("</title><link rel=\"stylesheet\" href=\"")
                .append(STYLESHEET)
                .append("\"></head>")
                .append("<body class=\"classic\"><a class=\"skip\" href=\"#main\">")
                .append(Html.text(m.get("classic.skip")))
                .append("</a>");
        // banner: product, the account and its directory, language switch, sign-out
        html.append(
                        "<header class=\"topbar\"><a class=\"product\" href=\"/classic\"><span class=\"logo\" aria-hidden=\"true\"></span>")
                .append(Html.text(m.get("classic.product")))
                .append("<span class=\"detail\">")
                .append(Html.text(m.get("classic.product.detail")))
                .append("</span></a>")
                .append("<div class=\"account\" role=\"group\" aria-label=\"")
                .append(Html.text(m.get("classic.account")))
                .append("\">")
                .append("<span class=\"who\">")
                .append(Html.text(m.get("classic.signedInAs", caller.displayName())))
                .append("</span><span class=\"where\">")
                .append(Html.text(
                        directory == null ? m.get("classic.noDirectory") : m.get("classic.directory", directory)))
                .append("</span>")
                .append(languageSwitch(ctx, m, screen.section()))
                .append("<a class=\"toplink\" href=\"/portal\">")
                .append(Html.text(m.get("classic.azurePortal")))
                .append("</a>")
                .append("<form method=\"post\" action=\"")
                .append(SignInPages.LOGOUT)
                .append("\" class=\"inline\">")
                .append(Csrf.hiddenField(ctx))
                .append("<button type=\"submit\" class=\"toplink\">")
                .append(Html.text(m.get("classic.signOut")))
                .append("</button></form></div></header>");
        html.append("<div class=\"shell\"><nav class=\"leftnav\" aria-label=\"")
                .append(Html.text(m.get("classic.nav.label")))
                .append("\"><ul>");
        for (Section s : Section.values()) {
            if (s.key == null) continue;
            html.append("<li><a href=\"")
                    .append(s.href)
                    .append("\"")
                    .append(s == screen.section() ? " aria-current=\"page\" class=\"current\"" : "")
                    .append("><span class=\"navicon\" aria-hidden=\"true\">")
                    .append(s.icon)
                    .append("</span>")
                    .append(Html.text(m.get(s.key)))
                    .append("</a></li>");
        }
        html.append("</ul></nav><main id=\"main\" tabindex=\"-1\">")
                .append(screen.body())
                .append("</main></div>");
        html.append("<footer class=\"commandbar\"><ul class=\"commands\" aria-label=\"")
                .append(Html.text(m.get("classic.commands")))
                .append("\">")
                .append(command(Command.link(m.get("classic.cmd.new"), "/classic/new", "+"), true));
        for (Command c : screen.commands()) html.append(command(c, false));
        html.append("</ul><a class=\"help\" href=\"/classic/support\">")
                .append(Html.text(m.get("classic.help")))
                .append("</a></footer></body></html>");
        ctx.status(status).contentType("text/html; charset=utf-8").result(html.toString());
    }

    private static String command(Command c, boolean isNew) {
        String inner = "<span class=\"cmdicon\" aria-hidden=\"true\">" + Html.text(c.icon())
                + "</span><span class=\"cmdlabel\">" + Html.text(c.label()) + "</span>";
        String cls = isNew ? "command new" : "command";
        if (c.href() != null)
            return "<li><a class=\"" + cls + "\" href=\"" + Html.text(c.href()) + "\">" + inner + "</a></li>";
        return "<li><button type=\"submit\" class=\"" + cls + "\" form=\"" + Html.text(c.form()) + "\">" + inner
                + "</button></li>";
    }

    /** The same page in the other language: a GET keeps its query; after a POST, the section's page. */
    static String languageSwitch(Context ctx, Messages m, Section section) {
        String other = m.language().other().name();
        String base;
        if ("GET".equals(ctx.method().name())) {
            String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)lang=[^&]*", "");
            query = query.startsWith("&") ? query.substring(1) : query;
            base = ctx.path() + "?" + (query.isEmpty() ? "" : query + "&");
        } else {
            base = section.href + "?";
        }
        return "<a class=\"toplink\" href=\"" + Html.text(base + "lang=" + other) + "\" lang=\"" + other
                + "\" hreflang=\"" + other + "\">"
                + Html.text(Messages.of(m.language().other()).get("language.name")) + "</a>";
    }

    // ---- pieces the pages share ----

    public static String heading(String title) {
        return "<h1>" + Html.text(title) + "</h1>";
    }

    /** An error panel, announced at once; {@code extra} is escaped HTML (the ways out). */
    public static String error(Messages m, String message, String extra) {
        return "<div class=\"notice error\" role=\"alert\"><h2>" + Html.text(m.get("classic.error.title")) + "</h2><p>"
                + Html.text(message) + "</p>" + (extra == null ? "" : extra) + "</div>";
    }

    public static String success(String message) {
        return "<div class=\"notice success\" role=\"status\"><p>" + Html.text(message) + "</p></div>";
    }

    public static String info(String message) {
        return "<p class=\"empty\">" + Html.text(message) + "</p>";
    }

    public static String link(String href, String label) {
        return "<a href=\"" + Html.text(href) + "\">" + Html.text(label) + "</a>";
    }

    /** The round buttons of the classic wizards, with their visible names. */
    public static String wizardButton(String label, String icon, String name, String value) {
        return "<button type=\"submit\" class=\"wizard\""
                + (name == null ? "" : " name=\"" + Html.text(name) + "\" value=\"" + Html.text(value) + "\"")
                + "><span class=\"round\" aria-hidden=\"true\">" + icon + "</span><span>"
                + Html.text(label) + "</span></button>";
    }
}
