package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.signin.Session;
import dev.cerulean.server.page.CardMessage;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.PageWriter;
import dev.cerulean.server.signin.SignInPages;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * The door of every portal page: a POST is refused (nothing runs) when its body is over the limit
 * (413) or {@link Csrf} finds it forged (403: another origin, or a token not of this session); a
 * visitor without a session goes to the sign-in page, which comes back here; every response
 * carries the security headers.
 */
public final class PortalGate {
    private final WebSessions sessions;

    public PortalGate(WebSessions sessions) {
        this.sessions = sessions;
    }

    public WebSessions sessions() {
        return sessions;
    }

    public void get(RoutesConfig routes, String path, PortalHandler handler) {
        routes.get(path, ctx -> run(ctx, handler));
    }

    public void post(RoutesConfig routes, String path, PortalHandler handler) {
        routes.post(path, ctx -> {
            switch (Csrf.check(ctx)) {
                case ACCEPTED -> run(ctx, handler);
                case TOO_LARGE -> PageWriter.tooLarge(ctx, landing(ctx.path()));
                // a form of a session that has since ended: sign in again (run redirects), nothing runs
                case FORGED -> {
                    if (sessions.current(ctx).isEmpty()) redirectToSignIn(ctx);
                    else refuseForgery(ctx);
                }
            }
        });
    }

    private void run(Context ctx, PortalHandler handler) throws Exception {
        PageWriter.securityHeaders(ctx);
        Messages m = Messages.of(Language.of(ctx));
        Optional<Session> session = sessions.current(ctx);
        if (session.isEmpty()) {
            redirectToSignIn(ctx);
            return;
        }
        Caller caller = session.get().caller();
        handler.handle(ctx, caller, m);
    }

    private static void redirectToSignIn(Context ctx) {
        PageWriter.securityHeaders(ctx);
        String back = "GET".equals(ctx.method().name()) ? pathAndQuery(ctx) : landing(ctx.path());
        ctx.redirect(SignInPages.loginUrl(back), HttpStatus.SEE_OTHER);
    }

    /** The 403 answer to a form without its token: said in the page's language, nothing done. */
    static void refuseForgery(Context ctx) {
        Messages m = Messages.of(Language.of(ctx));
        String again = landing(ctx.path());
        PageWriter.message(
                ctx,
                403,
                m,
                m.get("csrf.title"),
                again + "?lang=" + m.language().other(),
                CardMessage.of(m.get("csrf.title"))
                        .withAlert(m.get("csrf.text"))
                        .withText(m.get("classic.nothingChanged"))
                        .withLink(again, m.get("csrf.back")));
    }

    /** Where a person lands in the portal a path belongs to. */
    static String landing(String path) {
        return path != null && path.startsWith("/portal") ? "/portal" : "/classic";
    }

    static String pathAndQuery(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
