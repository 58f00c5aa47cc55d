package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.move.DirectoryLinkRequest;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import dev.cerulean.server.portal.classic.ClassicViews.Done;
import dev.cerulean.server.portal.classic.ClassicViews.LinkDone;
import dev.cerulean.server.portal.classic.ClassicViews.LinkQuestion;
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
        page(ctx, 200, caller, m, requester.get(), List.of());
    }

    private void page(
            Context ctx, int status, Caller caller, Messages m, String requester, List<ClassicNotice> notices) {
        String directory = frame.directoryName(caller);
        String heading = m.get("classic.link.title", directory);
        var page = frame.page(ctx, m, caller, Section.ACTIVE_DIRECTORY, heading).withNotices(notices);
        frame.write(
                ctx,
                status,
                "classic/linkQuestion.jte",
                page,
                new LinkQuestion(
                        heading,
                        m.get("classic.link.text", requester, directory),
                        m.get("classic.link.signedInAs", caller.displayName(), directory),
                        WaysOut.signInAgain(DirectoryPages.LINK)));
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
        String heading = m.get("classic.link.done.title", directory);
        var page = frame.page(ctx, m, caller, Section.ACTIVE_DIRECTORY, heading)
                .withNotices(List.of(ClassicNotice.success(m.get("classic.link.done.text", requester, directory))));
        frame.write(
                ctx,
                200,
                "classic/linkDone.jte",
                page,
                new LinkDone(heading, SignInPages.loginUrl(DirectoryPages.DASHBOARD)));
    }

    private void refused(Context ctx, Caller caller, Messages m, Outcome.Rejected<?> r) {
        var page = frame.page(ctx, m, caller, Section.ACTIVE_DIRECTORY, m.get("classic.error.title"))
                .withNotices(WaysOut.refusal(m, r));
        frame.write(ctx, 409, "classic/done.jte", page, new Done(m.get("classic.add.useExisting"), null));
    }
}
