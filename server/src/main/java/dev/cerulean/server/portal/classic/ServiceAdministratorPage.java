package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Link;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Pager;
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

    /**
     * One page of the subscriptions whose account administrator the caller is, searched in the store
     * (a person may be account administrator of thousands), plus, first, the one the link named when
     * the page does not list it: anyone else is told the rule when completing.
     */
    private void form(
            Context ctx,
            int status,
            Caller caller,
            Messages m,
            String named,
            String email,
            List<ClassicNotice> notices) {
        String search = Pager.search(ctx);
        var at = Pager.readAt(
                Pager.offset(ctx),
                from -> uses.subscriptions().administeredBy(caller.identity(), search, from, SettingsPages.PICKER_PAGE),
                f -> f.subscriptions().isEmpty());
        int offset = at.offset();
        var found = at.page();
        List<Subscription> list = new ArrayList<>(found.subscriptions());
        if (named != null && list.stream().noneMatch(s -> s.id().toString().equals(named))) {
            SubscriptionId.parse(named)
                    .flatMap(uses.subscriptions()::byId)
                    .filter(s -> s.state() != Subscription.SubscriptionState.Deleted)
                    .ifPresent(s -> list.add(0, s));
        }
        boolean onlyOne = list.size() == 1 && found.total() <= 1 && search.isEmpty();
        List<Choice> choices = list.stream()
                .map(s -> new Choice(
                        s.id().toString(),
                        s.displayName() + " ("
                                + s.serviceAdministrator().email().value() + ")",
                        s.id().toString().equals(named) || onlyOne))
                .toList();
        String empty = search.isEmpty()
                ? m.rule(RuleCode.OnlyAccountAdministratorCanChangeServiceAdministrator, List.of(""))
                : m.get("classic.picker.noMatch", search);
        String keep = named == null || named.isBlank() ? "" : "subscription=" + Pager.encode(named);
        if (!search.isEmpty()) keep = (keep.isEmpty() ? "" : keep + "&") + "search=" + Pager.encode(search);
        var pager = Pager.keeping(
                WaysOut.CHANGE_SERVICE_ADMINISTRATOR,
                keep,
                offset,
                found.subscriptions().size(),
                found.total(),
                SettingsPages.PICKER_PAGE);
        var page = frame.page(ctx, m, caller, Section.SETTINGS, m.get("classic.serviceAdmin.title"))
                .withNotices(notices);
        frame.write(
                ctx,
                status,
                "classic/serviceAdministrator.jte",
                page,
                new ServiceAdministrator(choices, empty, email, search, named == null ? "" : named, pager));
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
