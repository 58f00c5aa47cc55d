package dev.cerulean.server.graph;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.RedeemInvitation;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.PageWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page an invitation's {@code inviteRedeemUrl} opens, served on the main HTTPS port (not the
 * Graph port): the invited person, signed in at home, sees which directory invited it and
 * accepts; the guest object becomes Accepted ({@link RedeemInvitation}). Who is signed in and
 * where to send someone who is not comes from the portal's session handling, given as functions.
 * Accepting is a form with its {@link Csrf} token: another site cannot make a signed-in person accept.
 */
public final class InvitationRedemptionPage {
    public static final String PATH = "/redeem";

    private final RedeemInvitation redeem;
    private final Function<Context, Optional<Caller>> signedIn;
    private final Function<String, String> signInLocation;

    /**
     * @param signedIn       the caller of the request's portal session, if any (its home identity)
     * @param signInLocation the sign-in URL that returns to the given path and query afterwards
     */
    public InvitationRedemptionPage(
            RedeemInvitation redeem,
            Function<Context, Optional<Caller>> signedIn,
            Function<String, String> signInLocation) {
        this.redeem = redeem;
        this.signedIn = signedIn;
        this.signInLocation = signInLocation;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::accept);
    }

    private void show(Context ctx) {
        Optional<DirectoryId> tenant = tenant(ctx);
        if (tenant.isEmpty()) {
            page(ctx, 400, "Invitation link not valid", "<p>The link does not name a directory.</p>");
            return;
        }
        Optional<Caller> caller = signedIn.apply(ctx);
        if (caller.isEmpty()) {
            String back = PATH + "?tenant=" + tenant.get();
            ctx.redirect(signInLocation.apply(back));
            return;
        }
        page(
                ctx,
                200,
                "Review permissions",
                "<p>You have been invited to the directory <code>"
                        + escape(tenant.get().toString()) + "</code>.</p>"
                        + "<form method=\"post\" action=\"" + PATH + "\">" + Csrf.hiddenField(ctx)
                        + "<input type=\"hidden\" name=\"tenant\" value=\""
                        + escape(tenant.get().toString()) + "\">"
                        + "<button type=\"submit\">Accept</button></form>");
    }

    private void accept(Context ctx) {
        Csrf.Verdict verdict = Csrf.check(ctx);
        if (verdict == Csrf.Verdict.TOO_LARGE) {
            page(ctx, 413, "Request too large", "<p>Nothing was done: a form may send at most 1 MB.</p>");
            return;
        }
        if (verdict != Csrf.Verdict.ACCEPTED) {
            page(
                    ctx,
                    403,
                    "This form has expired",
                    "<p>For your security the invitation was not accepted. "
                            + "Open the invitation link again and accept there.</p>");
            return;
        }
        Optional<DirectoryId> tenant =
                Optional.ofNullable(ctx.formParam("tenant")).flatMap(DirectoryId::parse);
        Optional<Caller> caller = signedIn.apply(ctx);
        if (tenant.isEmpty() || caller.isEmpty()) {
            page(
                    ctx,
                    400,
                    "Invitation not accepted",
                    "<p>Sign in with the invited account and open the link again.</p>");
            return;
        }
        Outcome<DirectoryUser> outcome = redeem.redeem(caller.get(), tenant.get());
        if (outcome instanceof Outcome.Rejected<DirectoryUser> r) {
            page(
                    ctx,
                    404,
                    "Invitation not found",
                    "<p>No invitation for this account in that directory ("
                            + escape(r.code().name()) + ").</p>");
            return;
        }
        page(
                ctx,
                200,
                "Invitation accepted",
                "<p>You are now a guest of the directory as <code>"
                        + escape(outcome.orThrow().userPrincipalName()) + "</code>.</p>");
    }

    private static Optional<DirectoryId> tenant(Context ctx) {
        return Optional.ofNullable(ctx.queryParam("tenant")).flatMap(DirectoryId::parse);
    }

    private static void page(Context ctx, int status, String title, String body) {
        PageWriter.securityHeaders(ctx);
        ctx.status(status)
                .contentType("text/html; charset=utf-8")
                .result("<!doctype html><html lang=\"en\"><head>"
                        + "<meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body><h1>"
                        + escape(title)
                        + "</h1>" + body + "</body></html>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** For callers building {@code signInLocation}: a path and query as a query-string value. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
