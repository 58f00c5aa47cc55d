package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.support.OpenSupportRequest;
import dev.cerulean.core.support.SupportRequest;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import dev.cerulean.server.portal.classic.ClassicViews.Choice;
import dev.cerulean.server.portal.classic.ClassicViews.Support;
import dev.cerulean.server.portal.classic.ClassicViews.SupportRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Need help? Contact support", linked from every portal page: the form (subject, description,
 * severity, subscription), the author's own requests, newest first. Opening one writes an
 * activity-log entry (in {@link OpenSupportRequest}).
 */
final class SupportPages {
    static final String PATH = "/classic/support";
    /** Requests listed on a page of "Your support requests". */
    static final int REQUESTS_PAGE = 20;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final PortalUseCases uses;
    private final ClassicFrame frame;

    SupportPages(PortalUseCases uses, ClassicFrame frame) {
        this.uses = uses;
        this.frame = frame;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(
                routes, PATH, (ctx, caller, m) -> page(ctx, 200, caller, m, List.of(), new String[] {"", "", "B", ""}));
        gate.post(routes, PATH, this::open);
    }

    /**
     * The form and the caller's requests, a page at a time. The subscription to pick is one of the
     * first {@value SettingsPages#PICKER_PAGE} of the Azure portal's list (R30) whose name or id
     * contains the search, read in the store (a person may see thousands), plus the one already
     * picked when a refused form comes back.
     */
    private void page(Context ctx, int status, Caller caller, Messages m, List<ClassicNotice> notices, String[] typed) {
        String search = Pager.search(ctx);
        var found = uses.azureSubscriptions()
                .page(caller, search, 0, SettingsPages.PICKER_PAGE)
                .orThrow();
        List<Subscription> offered = new ArrayList<>(found.subscriptions());
        if (offered.stream().noneMatch(s -> s.id().toString().equals(typed[3]))) {
            SubscriptionId.parse(typed[3])
                    .flatMap(id -> uses.azureSubscriptions().visible(caller, id))
                    .ifPresent(s -> offered.add(0, s));
        }
        List<Choice> subscriptions = new ArrayList<>();
        subscriptions.add(new Choice("", m.get("classic.support.noSubscription"), false));
        for (Subscription s : offered) {
            subscriptions.add(new Choice(
                    s.id().toString(), s.displayName(), s.id().toString().equals(typed[3])));
        }
        List<Choice> severities = Arrays.stream(SupportRequest.Severity.values())
                .map(s -> new Choice(
                        s.name(),
                        m.get("classic.support.severity." + s),
                        s.name().equals(typed[2])))
                .toList();
        var at = Pager.readAt(
                Pager.offset(ctx),
                from -> uses.listSupportRequests()
                        .page(caller, from, REQUESTS_PAGE)
                        .orThrow(),
                r -> r.requests().isEmpty());
        int offset = at.offset();
        var mine = at.page();
        List<SupportRow> rows = mine.requests().stream()
                .map(r -> new SupportRow(
                        r.subject(), r.severity().toString(), r.status().name(), WHEN.format(r.createdAt())))
                .toList();
        var requestsPager = Pager.of(PATH, search, offset, rows.size(), mine.total(), REQUESTS_PAGE);
        var page = frame.page(ctx, m, caller, Section.NONE, m.get("classic.support.title"))
                .withNotices(notices);
        frame.write(
                ctx,
                status,
                "classic/support.jte",
                page,
                new Support(
                        typed[0],
                        typed[1],
                        severities,
                        search,
                        subscriptions,
                        found.subscriptions().size(),
                        found.total(),
                        rows,
                        requestsPager));
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
                List.of(ClassicNotice.success(
                        m.get("classic.support.created", opened.orThrow().subject()))),
                new String[] {"", "", "B", ""});
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
