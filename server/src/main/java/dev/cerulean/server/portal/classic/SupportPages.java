package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.support.OpenSupportRequest;
import dev.cerulean.core.support.SupportRequest;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.portal.classic.ClassicFrame.Screen;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Need help? Contact support", linked from every portal page: the form (subject, description,
 * severity, subscription), the author's own requests, newest first. Opening one writes an
 * activity-log entry (in {@link OpenSupportRequest}).
 */
final class SupportPages {
    static final String PATH = "/classic/support";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final PortalUseCases uses;
    private final ClassicFrame frame;

    SupportPages(PortalUseCases uses, ClassicFrame frame) {
        this.uses = uses;
        this.frame = frame;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, PATH, (ctx, caller, m) -> page(ctx, 200, caller, m, null, new String[] {"", "", "B", ""}));
        gate.post(routes, PATH, this::open);
    }

    private void page(Context ctx, int status, Caller caller, Messages m, String notice, String[] typed) {
        List<Subscription> subscriptions =
                uses.azureSubscriptions().list(caller).orThrow();
        StringBuilder options = new StringBuilder(
                "<option value=\"\">" + Html.text(m.get("classic.support.noSubscription")) + "</option>");
        for (Subscription s : subscriptions) {
            options.append("<option value=\"")
                    .append(s.id())
                    .append("\"")
                    .append(s.id().toString().equals(typed[3]) ? " selected" : "")
                    .append(">")
                    .append(Html.text(s.displayName()))
                    .append("</option>");
        }
        StringBuilder severities = new StringBuilder();
        for (SupportRequest.Severity s : SupportRequest.Severity.values()) {
            severities
                    .append("<option value=\"")
                    .append(s)
                    .append("\"")
                    .append(s.name().equals(typed[2]) ? " selected" : "")
                    .append(">")
                    .append(Html.text(m.get("classic.support.severity." + s)))
                    .append("</option>");
        }
        List<SupportRequest> mine = uses.listSupportRequests().list(caller).orThrow();
        StringBuilder rows = new StringBuilder();
        for (SupportRequest r : mine) {
            rows.append("<tr><th scope=\"row\">")
                    .append(Html.text(r.subject()))
                    .append("</th><td>")
                    .append(r.severity())
                    .append("</td><td>")
                    .append(Html.text(r.status().name()))
                    .append("</td><td>")
                    .append(WHEN.format(r.createdAt()))
                    .append("</td></tr>");
        }
        String body = ClassicFrame.heading(m.get("classic.support.title")) + (notice == null ? "" : notice)
                + "<p class=\"intro\">" + Html.text(m.get("classic.support.intro")) + "</p>"
                + "<form method=\"post\" action=\"" + PATH + "\" class=\"panel\">" + Csrf.hiddenField(ctx)
                + DirectoryPages.input("subject", m.get("classic.support.subject"), typed[0], null)
                + "<div class=\"field\"><label for=\"f-description\">" + Html.text(m.get("classic.support.description"))
                + "</label><textarea id=\"f-description\" name=\"description\" rows=\"5\">" + Html.text(typed[1])
                + "</textarea></div>"
                + "<div class=\"field\"><label for=\"f-severity\">" + Html.text(m.get("classic.support.severity"))
                + "</label><select id=\"f-severity\" name=\"severity\">" + severities + "</select></div>"
                + "<div class=\"field\"><label for=\"f-subscription\">"
                + Html.text(m.get("classic.support.subscription"))
                + "</label><select id=\"f-subscription\" name=\"subscription\">" + options + "</select></div>"
                + "<div class=\"wizard-actions\">"
                + ClassicFrame.wizardButton(m.get("classic.support.submit"), "✓", null, null)
                + "</div></form><section aria-labelledby=\"mine\"><h2 id=\"mine\">"
                + Html.text(m.get("classic.support.mine"))
                + "</h2>"
                + (mine.isEmpty()
                        ? ClassicFrame.info(m.get("classic.support.none"))
                        : "<table class=\"grid\"><thead><tr>" + DirectoryPages.th(m, "classic.col.name")
                                + DirectoryPages.th(m, "classic.support.col.severity")
                                + DirectoryPages.th(m, "classic.col.status")
                                + DirectoryPages.th(m, "classic.support.col.created") + "</tr></thead><tbody>" + rows
                                + "</tbody></table>")
                + "</section>";
        frame.write(ctx, status, m, caller, new Screen(Section.NONE, m.get("classic.support.title"), body, List.of()));
    }

    private void open(Context ctx, Caller caller, Messages m) {
        String[] typed = {
            nz(ctx.formParam("subject")),
            nz(ctx.formParam("description")),
            nz(ctx.formParam("severity")),
            nz(ctx.formParam("subscription"))
        };
        Outcome<SupportRequest> opened = uses.openSupportRequest()
                .open(caller, new OpenSupportRequest.Request(typed[0], typed[1], typed[2], typed[3]));
        if (opened instanceof Outcome.Rejected<SupportRequest> r) {
            page(ctx, 400, caller, m, WaysOut.refusal(m, r), typed);
            return;
        }
        page(
                ctx,
                201,
                caller,
                m,
                ClassicFrame.success(
                        m.get("classic.support.created", opened.orThrow().subject())),
                new String[] {"", "", "B", ""});
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
