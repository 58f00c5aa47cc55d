package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Link;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import dev.cerulean.server.portal.classic.ClassicViews.Choice;
import dev.cerulean.server.portal.classic.ClassicViews.Done;
import dev.cerulean.server.portal.classic.ClassicViews.ServiceAdministrator;
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
                (ctx, caller, m) -> form(ctx, 200, caller, m, ctx.queryParam("subscription"), "", List.of()));
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

    private void form(
            Context ctx,
            int status,
            Caller caller,
            Messages m,
            String named,
            String email,
            List<ClassicNotice> notices) {
        List<Subscription> list = candidates(caller, named);
        List<Choice> choices = list.stream()
                .map(s -> new Choice(
                        s.id().toString(),
                        s.displayName() + " ("
                                + s.serviceAdministrator().email().value() + ")",
                        s.id().toString().equals(named) || list.size() == 1))
                .toList();
        String empty = m.rule(RuleCode.OnlyAccountAdministratorCanChangeServiceAdministrator, List.of(""));
        var page = frame.page(ctx, m, caller, Section.SETTINGS, m.get("classic.serviceAdmin.title"))
                .withNotices(notices);
        frame.write(
                ctx, status, "classic/serviceAdministrator.jte", page, new ServiceAdministrator(choices, empty, email));
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
        var page = frame.page(ctx, m, caller, Section.SETTINGS, m.get("classic.serviceAdmin.title"))
                .withNotices(List.of(ClassicNotice.success(m.get(
                        "classic.serviceAdmin.changed",
                        s.serviceAdministrator().email().value(),
                        s.displayName()))));
        var next = new Link(SettingsPages.SUBSCRIPTIONS, m.get("classic.settings.subscriptions"));
        frame.write(ctx, 200, "classic/done.jte", page, new Done(m.get("classic.serviceAdmin.title"), next));
    }
}
