package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.portal.classic.ClassicFrame.Screen;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The way out the article's prerequisites give: the account administrator names another
 * service administrator (R15–R17). Lists the subscriptions the caller is account
 * administrator of; anyone else is told the rule when completing.
 */
final class ServiceAdministratorPage {
    private final PortalUseCases uses;
    private final ClassicFrame frame;

    ServiceAdministratorPage(PortalUseCases uses, ClassicFrame frame) {
        this.uses = uses;
        this.frame = frame;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(
                routes,
                WaysOut.CHANGE_SERVICE_ADMINISTRATOR,
                (ctx, caller, m) -> form(ctx, 200, caller, m, ctx.queryParam("subscription"), "", null));
        gate.post(routes, WaysOut.CHANGE_SERVICE_ADMINISTRATOR, this::change);
    }

    /** The subscriptions whose account administrator the caller is, plus the one the link named. */
    private List<Subscription> candidates(Caller caller, String named) {
        List<Subscription> administered = uses.subscriptions().administeredBy(caller.identity());
        if (named == null
                || administered.stream().anyMatch(s -> s.id().toString().equals(named))) return administered;
        Optional<Subscription> link = SubscriptionId.parse(named)
                .flatMap(uses.subscriptions()::byId)
                .filter(s -> s.state() != Subscription.SubscriptionState.Deleted);
        if (link.isEmpty()) return administered;
        List<Subscription> all = new ArrayList<>(administered);
        all.add(link.get());
        all.sort(Subscription.BY_DISPLAY_NAME);
        return all;
    }

    private void form(Context ctx, int status, Caller caller, Messages m, String named, String email, String notice) {
        StringBuilder options = new StringBuilder();
        List<Subscription> list = candidates(caller, named);
        for (Subscription s : list) {
            options.append(DirectoryPages.radio(
                    "subscription",
                    s.id().toString(),
                    s.displayName() + " (" + s.serviceAdministrator().email().value() + ")",
                    s.id().toString().equals(named) || list.size() == 1));
        }
        String body = "<section class=\"dialog\" aria-labelledby=\"dlg\"><h1 id=\"dlg\">"
                + Html.text(m.get("classic.serviceAdmin.title")) + "</h1>" + (notice == null ? "" : notice)
                + "<form method=\"post\" action=\"" + WaysOut.CHANGE_SERVICE_ADMINISTRATOR + "\">"
                + Csrf.hiddenField(ctx)
                + "<fieldset><legend>" + Html.text(m.get("classic.coadmin.subscriptions")) + "</legend>"
                + (list.isEmpty()
                        ? ClassicFrame.info(
                                m.rule(RuleCode.OnlyAccountAdministratorCanChangeServiceAdministrator, List.of("")))
                        : options)
                + "</fieldset>"
                + DirectoryPages.input("email", m.get("classic.serviceAdmin.email"), email, null)
                + "<div class=\"wizard-actions\">"
                + ClassicFrame.wizardButton(m.get("classic.complete"), "✓", null, null)
                + "</div></form><p>"
                + ClassicFrame.link(WaysOut.MICROSOFT_ACCOUNT_SIGN_UP, m.get("classic.wayOut.createMicrosoftAccount"))
                + "</p></section>";
        frame.write(
                ctx,
                status,
                m,
                caller,
                new Screen(Section.SETTINGS, m.get("classic.serviceAdmin.title"), body, List.of()));
    }

    private void change(Context ctx, Caller caller, Messages m) {
        String named = ctx.formParam("subscription");
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        Optional<SubscriptionId> id = named == null ? Optional.empty() : SubscriptionId.parse(named);
        Outcome<Subscription> changed = id.isEmpty()
                ? Outcome.rejected(RuleCode.SubscriptionNotFound, String.valueOf(named))
                : uses.changeServiceAdministrator().change(caller, id.get(), email);
        if (changed instanceof Outcome.Rejected<Subscription> r) {
            form(ctx, 409, caller, m, named, email, WaysOut.refusal(m, r));
            return;
        }
        Subscription s = changed.orThrow();
        String body = ClassicFrame.heading(m.get("classic.serviceAdmin.title"))
                + ClassicFrame.success(m.get(
                        "classic.serviceAdmin.changed",
                        s.serviceAdministrator().email().value(),
                        s.displayName()))
                + "<p>" + ClassicFrame.link(SettingsPages.SUBSCRIPTIONS, m.get("classic.settings.subscriptions"))
                + "</p>";
        frame.write(
                ctx,
                200,
                m,
                caller,
                new Screen(Section.SETTINGS, m.get("classic.serviceAdmin.title"), body, List.of()));
    }
}
