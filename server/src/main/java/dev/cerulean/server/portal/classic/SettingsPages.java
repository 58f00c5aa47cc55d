package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.portal.classic.ClassicFrame.Command;
import dev.cerulean.server.portal.classic.ClassicFrame.Screen;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SETTINGS (steps 2.1 and 3): the SUBSCRIPTIONS tab, where a subscription is selected for EDIT
 * DIRECTORY; the ADMINISTRATORS tab with ADD (a co-administrator: email and subscriptions,
 * Complete) and REMOVE; and the account administrator's "change the service administrator"
 * page that the article's prerequisites point to.
 */
final class SettingsPages {
    static final String SUBSCRIPTIONS = "/classic/settings",
            ADMINISTRATORS = "/classic/settings/administrators",
            ADD = ADMINISTRATORS + "/add",
            REMOVE = ADMINISTRATORS + "/remove";
    private static final String SUBSCRIPTIONS_FORM = "subscriptions-form", ADMINISTRATORS_FORM = "administrators-form";

    private final PortalUseCases uses;
    private final ClassicFrame frame;

    SettingsPages(PortalUseCases uses, ClassicFrame frame) {
        this.uses = uses;
        this.frame = frame;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, SUBSCRIPTIONS, (ctx, caller, m) -> subscriptions(ctx, 200, caller, m, null));
        gate.get(routes, ADMINISTRATORS, (ctx, caller, m) -> administrators(ctx, 200, caller, m, null));
        gate.get(routes, ADD, (ctx, caller, m) -> addForm(ctx, 200, caller, m, "", List.of(), null));
        gate.post(routes, ADD, this::add);
        gate.post(routes, REMOVE, this::remove);
        new ServiceAdministratorPage(uses, frame).register(routes, gate);
    }

    static String tabs(Messages m, boolean administrators) {
        return "<nav class=\"tabs\" aria-label=\"" + Html.text(m.get("classic.settings.tabs")) + "\"><ul>"
                + tab(SUBSCRIPTIONS, m.get("classic.settings.subscriptions"), !administrators)
                + tab(ADMINISTRATORS, m.get("classic.settings.administrators"), administrators) + "</ul></nav>";
    }

    private static String tab(String href, String label, boolean current) {
        return "<li><a href=\"" + href + "\"" + (current ? " aria-current=\"page\" class=\"current\"" : "") + ">"
                + Html.text(label) + "</a></li>";
    }

    void subscriptions(Context ctx, int status, Caller caller, Messages m, String notice) {
        List<Subscription> list = uses.classicSubscriptions().list(caller).orThrow();
        StringBuilder rows = new StringBuilder();
        for (Subscription s : list) {
            String id = "sub-" + s.id();
            rows.append("<tr><td class=\"pick\"><input type=\"radio\" name=\"subscription\" id=\"")
                    .append(id)
                    .append("\" value=\"")
                    .append(s.id())
                    .append("\"")
                    .append(list.size() == 1 ? " checked" : "")
                    .append("></td><th scope=\"row\"><label for=\"")
                    .append(id)
                    .append("\">")
                    .append(Html.text(s.displayName()))
                    .append("</label></th><td>")
                    .append(s.id())
                    .append("</td><td>")
                    .append(Html.text(frame.nameOf(s.directory())))
                    .append("</td><td>")
                    .append(Html.text(s.serviceAdministrator().email().value()))
                    .append("</td><td>")
                    .append(Html.text(s.accountAdministrator().email().value()))
                    .append("</td></tr>");
        }
        String body = ClassicFrame.heading(m.get("classic.settings.title")) + tabs(m, false)
                + (notice == null ? "" : notice)
                + "<p class=\"intro\">" + Html.text(m.get("classic.settings.subscriptions.intro")) + "</p>"
                + (list.isEmpty()
                        ? ClassicFrame.info(m.get("classic.settings.subscriptions.empty", frame.directoryName(caller)))
                        : "<form id=\"" + SUBSCRIPTIONS_FORM + "\" method=\"get\" action=\"" + EditDirectoryPages.PATH
                                + "\">"
                                + "<table class=\"grid selectable\"><thead><tr><th scope=\"col\"><span class=\"sr\">"
                                + Html.text(m.get("classic.col.select")) + "</span></th>"
                                + DirectoryPages.th(m, "classic.col.subscription")
                                + DirectoryPages.th(m, "classic.col.subscriptionId")
                                + DirectoryPages.th(m, "classic.col.directory")
                                + DirectoryPages.th(m, "classic.col.serviceAdministrator")
                                + DirectoryPages.th(m, "classic.col.accountAdministrator")
                                + "</tr></thead><tbody>" + rows + "</tbody></table></form>");
        List<Command> commands = list.isEmpty()
                ? List.of()
                : List.of(
                        Command.submit(m.get("classic.cmd.editDirectory"), SUBSCRIPTIONS_FORM, "✎"),
                        Command.link(
                                m.get("classic.cmd.changeServiceAdministrator"),
                                WaysOut.CHANGE_SERVICE_ADMINISTRATOR,
                                "⇄"));
        frame.write(
                ctx, status, m, caller, new Screen(Section.SETTINGS, m.get("classic.settings.title"), body, commands));
    }

    void administrators(Context ctx, int status, Caller caller, Messages m, String notice) {
        List<Subscription> list = uses.classicSubscriptions().list(caller).orThrow();
        // every listed subscription's co-administrators in one read, not one per row
        var coAdministrators = uses.subscriptions()
                .coAdministratorsOf(list.stream().map(Subscription::id).toList());
        StringBuilder rows = new StringBuilder();
        for (Subscription s : list) {
            rows.append(
                    row(null, s.serviceAdministrator().email().value(), m.get("classic.role.serviceAdministrator"), s));
            if (!s.accountAdministrator()
                    .email()
                    .equals(s.serviceAdministrator().email())) {
                rows.append(row(
                        null, s.accountAdministrator().email().value(), m.get("classic.role.accountAdministrator"), s));
            }
            List<CoAdministrator> coAdmins = new ArrayList<>(coAdministrators.getOrDefault(s.id(), List.of()));
            coAdmins.sort(java.util.Comparator.comparing(
                    c -> c.administrator().email().value()));
            for (CoAdministrator c : coAdmins) {
                String email = c.administrator().email().value();
                rows.append(row(s.id() + "|" + email, email, m.get("classic.role.coAdministrator"), s));
            }
        }
        String body = ClassicFrame.heading(m.get("classic.settings.title")) + tabs(m, true)
                + (notice == null ? "" : notice)
                + "<p class=\"intro\">" + Html.text(m.get("classic.settings.administrators.intro")) + "</p>"
                + (list.isEmpty()
                        ? ClassicFrame.info(m.get("classic.settings.subscriptions.empty", frame.directoryName(caller)))
                        : "<form id=\"" + ADMINISTRATORS_FORM + "\" method=\"post\" action=\"" + REMOVE + "\">"
                                + Csrf.hiddenField(ctx)
                                + "<table class=\"grid selectable\"><thead><tr><th scope=\"col\"><span class=\"sr\">"
                                + Html.text(m.get("classic.col.select")) + "</span></th>"
                                + DirectoryPages.th(m, "classic.col.email")
                                + DirectoryPages.th(m, "classic.col.role")
                                + DirectoryPages.th(m, "classic.col.subscription")
                                + "</tr></thead><tbody>" + rows + "</tbody></table></form>");
        List<Command> commands = new ArrayList<>(List.of(Command.link(m.get("classic.cmd.add"), ADD, "+")));
        if (!list.isEmpty()) commands.add(Command.submit(m.get("classic.cmd.remove"), ADMINISTRATORS_FORM, "✕"));
        frame.write(
                ctx, status, m, caller, new Screen(Section.SETTINGS, m.get("classic.settings.title"), body, commands));
    }

    private static String row(String value, String email, String role, Subscription s) {
        String id = value == null ? null : "adm-" + Integer.toHexString(value.hashCode());
        return "<tr><td class=\"pick\">"
                + (value == null
                        ? ""
                        : "<input type=\"radio\" name=\"administrator\" id=\"" + id + "\" value=\"" + Html.text(value)
                                + "\">")
                + "</td><th scope=\"row\">"
                + (value == null ? Html.text(email) : "<label for=\"" + id + "\">" + Html.text(email) + "</label>")
                + "</th><td>" + Html.text(role) + "</td><td>" + Html.text(s.displayName()) + "</td></tr>";
    }

    private void addForm(
            Context ctx, int status, Caller caller, Messages m, String email, List<String> picked, String notice) {
        List<Subscription> list = uses.classicSubscriptions().list(caller).orThrow();
        StringBuilder boxes = new StringBuilder();
        for (Subscription s : list) {
            String id = "f-sub-" + s.id();
            boolean checked = picked.contains(s.id().toString()) || (picked.isEmpty() && list.size() == 1);
            boxes.append("<div class=\"check\"><input type=\"checkbox\" name=\"subscription\" id=\"")
                    .append(id)
                    .append("\" value=\"")
                    .append(s.id())
                    .append("\"")
                    .append(checked ? " checked" : "")
                    .append("><label for=\"")
                    .append(id)
                    .append("\">")
                    .append(Html.text(s.displayName()))
                    .append("</label></div>");
        }
        String body = "<section class=\"dialog\" aria-labelledby=\"dlg\"><h1 id=\"dlg\">"
                + Html.text(m.get("classic.coadmin.title"))
                + "</h1>" + (notice == null ? "" : notice)
                + "<form method=\"post\" action=\"" + ADD + "\">" + Csrf.hiddenField(ctx)
                + "<div class=\"field\"><label for=\"f-email\">" + Html.text(m.get("classic.coadmin.email"))
                + "</label>"
                + "<input id=\"f-email\" name=\"email\" type=\"email\" autocomplete=\"off\" value=\"" + Html.text(email)
                + "\"></div>"
                + "<fieldset><legend>" + Html.text(m.get("classic.coadmin.subscriptions")) + "</legend>" + boxes
                + "</fieldset>"
                + "<div class=\"wizard-actions\">"
                + ClassicFrame.wizardButton(m.get("classic.complete"), "✓", null, null)
                + "</div></form></section>";
        frame.write(
                ctx, status, m, caller, new Screen(Section.SETTINGS, m.get("classic.coadmin.title"), body, List.of()));
    }

    private void add(Context ctx, Caller caller, Messages m) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        List<String> picked = ctx.formParams("subscription");
        if (picked.isEmpty()) {
            addForm(ctx, 400, caller, m, email, picked, ClassicFrame.error(m, m.get("classic.coadmin.none"), null));
            return;
        }
        StringBuilder done = new StringBuilder();
        for (String text : picked) {
            Optional<SubscriptionId> id = SubscriptionId.parse(text);
            Outcome<CoAdministrator> added = id.isEmpty()
                    ? Outcome.rejected(dev.cerulean.core.common.RuleCode.SubscriptionNotFound, text)
                    : uses.addCoAdministrator().add(caller, id.get(), email);
            if (added instanceof Outcome.Rejected<CoAdministrator> r) {
                addForm(ctx, 409, caller, m, email, picked, done + WaysOut.refusal(m, r));
                return;
            }
            done.append(ClassicFrame.success(m.get("classic.coadmin.added", email, subscriptionName(id.get()))));
        }
        administrators(ctx, 200, caller, m, done.toString());
    }

    private void remove(Context ctx, Caller caller, Messages m) {
        String value = ctx.formParam("administrator");
        int bar = value == null ? -1 : value.indexOf('|');
        Optional<SubscriptionId> id = bar < 0 ? Optional.empty() : SubscriptionId.parse(value.substring(0, bar));
        if (id.isEmpty()) {
            administrators(
                    ctx, 400, caller, m, ClassicFrame.error(m, m.get("classic.settings.pickAdministrator"), null));
            return;
        }
        String email = value.substring(bar + 1);
        Outcome<CoAdministrator> removed = uses.removeCoAdministrator().remove(caller, id.get(), email);
        if (removed instanceof Outcome.Rejected<CoAdministrator> r) {
            administrators(ctx, 409, caller, m, WaysOut.refusal(m, r));
            return;
        }
        administrators(
                ctx,
                200,
                caller,
                m,
                ClassicFrame.success(m.get("classic.coadmin.removed", email, subscriptionName(id.get()))));
    }

    String subscriptionName(SubscriptionId id) {
        return uses.subscriptions().nameOf(id);
    }
}
