package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.move.DirectoryLinkRequest;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.portal.classic.ClassicFrame.Screen;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import dev.cerulean.server.signin.SignInPages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Step 1, second half (steps 1.5–1.7): the browser that asked "Use existing directory" keeps the
 * request's id in a cookie; whoever signs in next is asked "use the … directory with Azure?" and
 * Continue confirms (R3, R4–R7 in {@link dev.cerulean.core.move.ConfirmDirectoryLink}), then
 * "Sign out now" leads back to the sign-in page for the service administrator.
 */
final class LinkPages {
    static final String COOKIE = "cerulean_link";

    private final PortalUseCases uses;
    private final ClassicFrame frame;

    LinkPages(PortalUseCases uses, ClassicFrame frame) {
        this.uses = uses;
        this.frame = frame;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, DirectoryPages.LINK, this::question);
        gate.post(routes, DirectoryPages.LINK, this::confirm);
    }

    static void remember(Context ctx, DirectoryLinkRequest request, PortalSettings settings) {
        int maxAge =
                (int) Math.min(Integer.MAX_VALUE, settings.linkRequestExpiry().toSeconds());
        ctx.cookie(new Cookie(
                COOKIE, request.id().toString(), "/classic", maxAge, ctx.req().isSecure(), true, null, SameSite.LAX));
    }

    private static void forget(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", "/classic", 0, ctx.req().isSecure(), true, null, SameSite.LAX));
    }

    private static Optional<UUID> requestId(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The requesting account's email, for the question; empty when the request is unknown or gone. */
    private Optional<String> requester(UUID id) {
        return uses.linkRequests().requesterOf(id).map(e -> e.value());
    }

    private void question(Context ctx, Caller caller, Messages m) {
        Optional<UUID> id = requestId(ctx);
        Optional<String> requester = id.flatMap(this::requester);
        if (requester.isEmpty()) {
            refused(ctx, caller, m, new Outcome.Rejected<>(RuleCode.DirectoryLinkRequestNotFound, List.of("")));
            return;
        }
        page(ctx, 200, caller, m, requester.get(), null);
    }

    private void page(Context ctx, int status, Caller caller, Messages m, String requester, String notice) {
        String directory = frame.directoryName(caller);
        String body = "<section class=\"dialog\" aria-labelledby=\"dlg\"><h1 id=\"dlg\">"
                + Html.text(m.get("classic.link.title", directory)) + "</h1>" + (notice == null ? "" : notice)
                + "<p>" + Html.text(m.get("classic.link.text", requester, directory)) + "</p>"
                + "<p class=\"muted\">" + Html.text(m.get("classic.link.signedInAs", caller.displayName(), directory))
                + "</p>"
                + "<form method=\"post\" action=\"" + DirectoryPages.LINK + "\">" + Csrf.hiddenField(ctx)
                + "<div class=\"wizard-actions\">"
                + ClassicFrame.wizardButton(m.get("classic.continue"), "➔", null, null)
                + "</div></form><p>"
                + ClassicFrame.link(WaysOut.signInAgain(DirectoryPages.LINK), m.get("classic.link.otherAccount"))
                + "</p></section>";
        frame.write(
                ctx,
                status,
                m,
                caller,
                new Screen(Section.ACTIVE_DIRECTORY, m.get("classic.link.title", directory), body, List.of()));
    }

    private void confirm(Context ctx, Caller caller, Messages m) {
        Optional<UUID> id = requestId(ctx);
        Outcome<DirectoryUser> outcome = uses.confirmLink().confirm(caller, id.orElse(null));
        if (outcome instanceof Outcome.Rejected<DirectoryUser> r) {
            if (r.code() == RuleCode.DirectoryLinkRequestExpired || r.code() == RuleCode.DirectoryLinkRequestNotFound) {
                forget(ctx);
                refused(ctx, caller, m, r);
                return;
            }
            page(ctx, 409, caller, m, id.flatMap(this::requester).orElse(""), WaysOut.refusal(m, r));
            return;
        }
        forget(ctx);
        DirectoryUser added = outcome.orThrow();
        String requester =
                added.mail() == null ? added.displayName() : added.mail().value();
        String directory = frame.directoryName(caller);
        String body = "<section class=\"dialog\" aria-labelledby=\"dlg\"><h1 id=\"dlg\">"
                + Html.text(m.get("classic.link.done.title", directory)) + "</h1>"
                + ClassicFrame.success(m.get("classic.link.done.text", requester, directory))
                + "<form method=\"post\" action=\"" + SignInPages.LOGOUT + "\">" + Csrf.hiddenField(ctx)
                + "<input type=\"hidden\" name=\"post_logout_redirect_uri\" value=\""
                + Html.text(SignInPages.loginUrl(DirectoryPages.DASHBOARD)) + "\">"
                + "<div class=\"wizard-actions\">"
                + ClassicFrame.wizardButton(m.get("classic.signOutNow"), "⏻", null, null)
                + "</div></form></section>";
        frame.write(
                ctx,
                200,
                m,
                caller,
                new Screen(Section.ACTIVE_DIRECTORY, m.get("classic.link.done.title", directory), body, List.of()));
    }

    private void refused(Context ctx, Caller caller, Messages m, Outcome.Rejected<?> r) {
        String body = ClassicFrame.heading(m.get("classic.add.useExisting")) + WaysOut.refusal(m, r);
        frame.write(
                ctx,
                409,
                m,
                caller,
                new Screen(Section.ACTIVE_DIRECTORY, m.get("classic.error.title"), body, List.of()));
    }
}
