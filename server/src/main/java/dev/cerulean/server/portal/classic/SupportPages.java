package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.support.OpenSupportRequest;
import dev.cerulean.core.support.SupportRequest;
import dev.cerulean.server.page.Messages;
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
    /** The subscriptions the form offers: the first page of the Azure portal's list (R30), never all of them. */
    static final int SUBSCRIPTION_CHOICES = 100;

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

    private void page(Context ctx, int status, Caller caller, Messages m, List<ClassicNotice> notices, String[] typed) {
        List<Choice> subscriptions = new ArrayList<>();
        subscriptions.add(new Choice("", m.get("classic.support.noSubscription"), false));
        for (Subscription s : uses.azureSubscriptions()
                .page(caller, "", 0, SUBSCRIPTION_CHOICES)
                .orThrow()
                .subscriptions()) {
            subscriptions.add(new Choice(
                    s.id().toString(), s.displayName(), s.id().toString().equals(typed[3])));
        }
        List<Choice> severities = Arrays.stream(SupportRequest.Severity.values())
                .map(s -> new Choice(
                        s.name(),
                        m.get("classic.support.severity." + s),
                        s.name().equals(typed[2])))
                .toList();
        List<SupportRow> mine = uses.listSupportRequests().list(caller).orThrow().stream()
                .map(r -> new SupportRow(
                        r.subject(), r.severity().toString(), r.status().name(), WHEN.format(r.createdAt())))
                .toList();
        var page = frame.page(ctx, m, caller, Section.NONE, m.get("classic.support.title"))
                .withNotices(notices);
        frame.write(
                ctx,
                status,
                "classic/support.jte",
                page,
                new Support(typed[0], typed[1], severities, subscriptions, mine));
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
