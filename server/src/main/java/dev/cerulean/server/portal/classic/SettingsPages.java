package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ClassicPortalSubscriptions;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.classic.ClassicFrame.Command;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import dev.cerulean.server.portal.classic.ClassicViews.AddCoAdministrator;
import dev.cerulean.server.portal.classic.ClassicViews.AdministratorRow;
import dev.cerulean.server.portal.classic.ClassicViews.Administrators;
import dev.cerulean.server.portal.classic.ClassicViews.Choice;
import dev.cerulean.server.portal.classic.ClassicViews.SubscriptionRow;
import dev.cerulean.server.portal.classic.ClassicViews.Subscriptions;
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

    /** Subscriptions on a page of SUBSCRIPTIONS, and on a page of ADMINISTRATORS (a few rows each). */
    static final int PAGE = 50, ADMINISTRATORS_PAGE = 20;

    /** Subscriptions on a page of ADD's picker (and of the change-the-service-administrator page's). */
    static final int PICKER_PAGE = 50;

    private final PortalUseCases uses;
    private final ClassicFrame frame;

    SettingsPages(PortalUseCases uses, ClassicFrame frame) {
        this.uses = uses;
        this.frame = frame;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, SUBSCRIPTIONS, (ctx, caller, m) -> subscriptions(ctx, 200, caller, m, List.of()));
        gate.get(routes, ADMINISTRATORS, (ctx, caller, m) -> administrators(ctx, 200, caller, m, List.of()));
        gate.get(routes, ADD, (ctx, caller, m) -> addForm(ctx, 200, caller, m, "", List.of(), List.of()));
        gate.post(routes, ADD, this::add);
        gate.post(routes, REMOVE, this::remove);
        new ServiceAdministratorPage(uses, frame).register(routes, gate);
    }

    /** SUBSCRIPTIONS: one page of the subscriptions the person administers, searched by name or id. */
    void subscriptions(Context ctx, int status, Caller caller, Messages m, List<ClassicNotice> notices) {
        Listed listed = listed(ctx, caller, SUBSCRIPTIONS, PAGE);
        List<Subscription> list = listed.found().subscriptions();
        List<SubscriptionRow> rows = list.stream()
                .map(s -> new SubscriptionRow(
                        s.id().toString(),
                        s.displayName(),
                        frame.nameOf(s.directory()),
                        s.serviceAdministrator().email().value(),
                        s.accountAdministrator().email().value()))
                .toList();
        List<Command> commands = list.isEmpty()
                ? List.of()
                : List.of(
                        Command.submit(m.get("classic.cmd.editDirectory"), SUBSCRIPTIONS_FORM, "✎"),
                        Command.link(
                                m.get("classic.cmd.changeServiceAdministrator"),
                                WaysOut.CHANGE_SERVICE_ADMINISTRATOR,
                                "⇄"));
        var page = frame.page(ctx, m, caller, Section.SETTINGS, m.get("classic.settings.title"))
                .withCommands(commands)
                .withNotices(notices);
        frame.write(
                ctx,
                status,
                "classic/subscriptions.jte",
                page,
                new Subscriptions(rows, listed.empty(m, frame, caller), listed.pager(), listed.search()));
    }

    /**
     * ADMINISTRATORS: the administrators of one page of the subscriptions the person administers
     * (searched by subscription name or id), their co-administrators read in one go for the page.
     */
    void administrators(Context ctx, int status, Caller caller, Messages m, List<ClassicNotice> notices) {
        Listed listed = listed(ctx, caller, ADMINISTRATORS, ADMINISTRATORS_PAGE);
        List<Subscription> list = listed.found().subscriptions();
        // the page's subscriptions' co-administrators in one read, not one per row
        var coAdministrators = uses.subscriptions()
                .coAdministratorsOf(list.stream().map(Subscription::id).toList());
        List<AdministratorRow> rows = new ArrayList<>();
        for (Subscription s : list) {
            rows.add(
                    row(null, s.serviceAdministrator().email().value(), m.get("classic.role.serviceAdministrator"), s));
            if (!s.accountAdministrator()
                    .email()
                    .equals(s.serviceAdministrator().email())) {
                rows.add(row(
                        null, s.accountAdministrator().email().value(), m.get("classic.role.accountAdministrator"), s));
            }
            List<CoAdministrator> coAdmins = new ArrayList<>(coAdministrators.getOrDefault(s.id(), List.of()));
            coAdmins.sort(java.util.Comparator.comparing(
                    c -> c.administrator().email().value()));
            for (CoAdministrator c : coAdmins) {
                String email = c.administrator().email().value();
                rows.add(row(s.id() + "|" + email, email, m.get("classic.role.coAdministrator"), s));
            }
        }
        List<Command> commands = new ArrayList<>(List.of(Command.link(m.get("classic.cmd.add"), ADD, "+")));
        if (!list.isEmpty()) commands.add(Command.submit(m.get("classic.cmd.remove"), ADMINISTRATORS_FORM, "✕"));
        var page = frame.page(ctx, m, caller, Section.SETTINGS, m.get("classic.settings.title"))
                .withCommands(commands)
                .withNotices(notices);
        frame.write(
                ctx,
                status,
                "classic/administrators.jte",
                page,
                new Administrators(rows, listed.empty(m, frame, caller), listed.pager(), listed.search()));
    }

    /** A page of the person's subscriptions as a tab lists them, the search kept in its links. */
    private record Listed(ClassicPortalSubscriptions.Page found, Pager pager, String search) {
        /** What the tab says instead of a table: nothing matches the search, or there is nothing at all. */
        String empty(Messages m, ClassicFrame frame, Caller caller) {
            if (!found.subscriptions().isEmpty()) return null;
            return search.isEmpty()
                    ? m.get("classic.settings.subscriptions.empty", frame.directoryName(caller))
                    : m.get("classic.settings.noMatch", search);
        }
    }

    /** The page asked for (a page past the end, or a page number that is not one, is the first). */
    private Listed listed(Context ctx, Caller caller, String path, int size) {
        String search = Pager.search(ctx);
        var at = Pager.readAt(
                Pager.offset(ctx),
                from -> uses.classicSubscriptions()
                        .page(caller, search, from, size)
                        .orThrow(),
                f -> f.subscriptions().isEmpty());
        var found = at.page();
        return new Listed(
                found, Pager.of(path, search, at.offset(), found.subscriptions().size(), found.total(), size), search);
    }

    private static AdministratorRow row(String value, String email, String role, Subscription s) {
        String id = value == null ? null : "adm-" + Integer.toHexString(value.hashCode());
        return new AdministratorRow(value, id, email, role, s.displayName());
    }

    private void addForm(
            Context ctx,
            int status,
            Caller caller,
            Messages m,
            String email,
            List<String> picked,
            List<ClassicNotice> notices) {
        // a page of the subscriptions to pick from, searched in the store (a person may administer thousands)
        String search = Pager.search(ctx);
        var at = Pager.readAt(
                Pager.offset(ctx),
                from -> uses.classicSubscriptions()
                        .page(caller, search, from, PICKER_PAGE)
                        .orThrow(),
                f -> f.subscriptions().isEmpty());
        int offset = at.offset();
        var found = at.page();
        boolean onlyOne = found.total() == 1 && search.isEmpty();
        List<Choice> boxes = new ArrayList<>();
        for (Subscription s : found.subscriptions()) {
            String id = s.id().toString();
            boxes.add(new Choice(id, s.displayName(), picked.contains(id) || (picked.isEmpty() && onlyOne)));
        }
        // what was picked before stays picked, even when this page does not list it
        for (String id : picked) {
            if (boxes.stream().noneMatch(b -> b.value().equals(id))) {
                boxes.add(new Choice(
                        id, SubscriptionId.parse(id).map(this::subscriptionName).orElse(id), true));
            }
        }
        var pager = Pager.of(ADD, search, offset, found.subscriptions().size(), found.total(), PICKER_PAGE);
        var page = frame.page(ctx, m, caller, Section.SETTINGS, m.get("classic.coadmin.title"))
                .withNotices(notices);
        frame.write(
                ctx,
                status,
                "classic/addCoAdministrator.jte",
                page,
                new AddCoAdministrator(email, boxes, search, pager));
    }

    private void add(Context ctx, Caller caller, Messages m) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        List<String> picked = ctx.formParams("subscription");
        if (picked.isEmpty()) {
            addForm(ctx, 400, caller, m, email, picked, List.of(ClassicNotice.error(m.get("classic.coadmin.none"))));
            return;
        }
        List<ClassicNotice> done = new ArrayList<>();
        for (String text : picked) {
            Optional<SubscriptionId> id = SubscriptionId.parse(text);
            Outcome<CoAdministrator> added = id.isEmpty()
                    ? Outcome.rejected(dev.cerulean.core.common.RuleCode.SubscriptionNotFound, text)
                    : uses.addCoAdministrator().add(caller, id.get(), email);
            if (added instanceof Outcome.Rejected<CoAdministrator> r) {
                done.add(ClassicNotice.refusal(m, r));
                addForm(ctx, 409, caller, m, email, picked, done);
                return;
            }
            done.add(ClassicNotice.success(m.get("classic.coadmin.added", email, subscriptionName(id.get()))));
        }
        administrators(ctx, 200, caller, m, done);
    }

    private void remove(Context ctx, Caller caller, Messages m) {
        String value = ctx.formParam("administrator");
        int bar = value == null ? -1 : value.indexOf('|');
        Optional<SubscriptionId> id = bar < 0 ? Optional.empty() : SubscriptionId.parse(value.substring(0, bar));
        if (id.isEmpty()) {
            administrators(
                    ctx, 400, caller, m, List.of(ClassicNotice.error(m.get("classic.settings.pickAdministrator"))));
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
                List.of(ClassicNotice.success(m.get("classic.coadmin.removed", email, subscriptionName(id.get())))));
    }

    String subscriptionName(SubscriptionId id) {
        return uses.subscriptions().nameOf(id);
    }
}
