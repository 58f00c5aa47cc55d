package dev.cerulean.server.graph;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.RedeemInvitation;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
            page(ctx, 400, new Redemption(Step.INVALID_LINK, null, null));
            return;
        }
        Optional<Caller> caller = signedIn.apply(ctx);
        if (caller.isEmpty()) {
            String back = PATH + "?tenant=" + tenant.get();
            ctx.redirect(signInLocation.apply(back));
            return;
        }
        page(ctx, 200, new Redemption(Step.REVIEW, tenant.get().toString(), Csrf.token(ctx)));
    }

    private void accept(Context ctx) {
        Csrf.Verdict verdict = Csrf.check(ctx);
        if (verdict == Csrf.Verdict.TOO_LARGE) {
            page(ctx, 413, new Redemption(Step.TOO_LARGE, null, null));
            return;
        }
        if (verdict != Csrf.Verdict.ACCEPTED) {
            page(ctx, 403, new Redemption(Step.EXPIRED, null, null));
            return;
        }
        Optional<DirectoryId> tenant =
                Optional.ofNullable(ctx.formParam("tenant")).flatMap(DirectoryId::parse);
        Optional<Caller> caller = signedIn.apply(ctx);
        if (tenant.isEmpty() || caller.isEmpty()) {
            page(ctx, 400, new Redemption(Step.NOT_ACCEPTED, null, null));
            return;
        }
        Outcome<DirectoryUser> outcome = redeem.redeem(caller.get(), tenant.get());
        if (outcome instanceof Outcome.Rejected<DirectoryUser> r) {
            page(ctx, 404, new Redemption(Step.NOT_FOUND, r.code().name(), null));
            return;
        }
        page(ctx, 200, new Redemption(Step.ACCEPTED, outcome.orThrow().userPrincipalName(), null));
    }

    private static Optional<DirectoryId> tenant(Context ctx) {
        return Optional.ofNullable(ctx.queryParam("tenant")).flatMap(DirectoryId::parse);
    }

    /** Where the redemption stands, each with its page title. */
    public enum Step {
        INVALID_LINK("Invitation link not valid"),
        REVIEW("Review permissions"),
        TOO_LARGE("Request too large"),
        EXPIRED("This form has expired"),
        NOT_ACCEPTED("Invitation not accepted"),
        NOT_FOUND("Invitation not found"),
        ACCEPTED("Invitation accepted");
        final String title;

        Step(String title) {
            this.title = title;
        }
    }

    /**
     * The page ({@code graph/invitation.jte}): the step, and the value it names (the inviting
     * directory, the refusal's code or the guest's user principal name); {@code csrf} for the form.
     */
    public record Redemption(Step step, String value, String csrf) {
        public String title() {
            return step.title;
        }
    }

    private static void page(Context ctx, int status, Redemption view) {
        Templates.write(ctx, status, "graph/invitation.jte", Map.of("view", view));
    }

    /** For callers building {@code signInLocation}: a path and query as a query-string value. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
