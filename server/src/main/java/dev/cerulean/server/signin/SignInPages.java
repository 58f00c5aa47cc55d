package dev.cerulean.server.signin;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.signin.AccountKind;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.signin.SignIn;
import dev.cerulean.core.signin.SignInResult;
import dev.cerulean.server.page.CardMessage;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Field;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.PageWriter;
import dev.cerulean.server.page.ReturnPath;
import dev.cerulean.server.signin.SignInViews.EmailStep;
import dev.cerulean.server.signin.SignInViews.PasswordStep;
import dev.cerulean.server.signin.SignInViews.PickerStep;
import dev.cerulean.server.signin.SignInViews.SignedIn;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in pages, email first as Microsoft's: {@code GET /login?return=/path} asks for the
 * email; {@code POST /login} answers with the account picker when the email is both a Microsoft
 * account and a work account, else the password page; {@code POST /login/kind} takes the picker's
 * choice; {@code POST /login/password} signs in and redirects (303) to the return path.
 * {@code GET|POST /logout} ends the session. Every POST needs its CSRF token.
 */
public final class SignInPages {
    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    private static final Pattern TENANT_IN_PATH =
            Pattern.compile("^/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/");
    private final SignIn signIn;
    private final WebSessions sessions;

    public SignInPages(SignIn signIn, WebSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    public void register(RoutesConfig routes) {
        routes.get(LOGIN, this::emailPage);
        routes.post(LOGIN, ctx -> guarded(ctx, this::email));
        routes.post(LOGIN + "/kind", ctx -> guarded(ctx, this::kind));
        routes.post(LOGIN + "/password", ctx -> guarded(ctx, this::password));
        routes.get(LOGOUT, this::logout);
        routes.post(LOGOUT, ctx -> {
            // without a live session signing out changes nothing: the form of a session that has ended still works
            if (sessions.current(ctx).isEmpty() && !dev.cerulean.server.http.BodyLimit.exceeded(ctx)) logout(ctx);
            else guarded(ctx, this::logout);
        });
        routes.get("/me", this::me);
    }

    /** The URL of the sign-in page that comes back to {@code returnPath} afterwards. */
    public static String loginUrl(String returnPath) {
        return LOGIN + "?return=" + Html.url(ReturnPath.safe(returnPath));
    }

    /** Refuses a POST over the size limit (413) or that {@link Csrf} finds forged (403), before it can change anything. */
    static void guarded(Context ctx, io.javalin.http.Handler handler) throws Exception {
        Csrf.Verdict verdict = Csrf.check(ctx);
        if (verdict == Csrf.Verdict.ACCEPTED) {
            handler.handle(ctx);
            return;
        }
        if (verdict == Csrf.Verdict.TOO_LARGE) {
            PageWriter.tooLarge(ctx, LOGIN);
            return;
        }
        Messages m = Messages.of(Language.of(ctx));
        String again = LOGIN + "?return=" + Html.url(ReturnPath.safe(ctx.formParam("return")));
        PageWriter.message(
                ctx,
                403,
                m,
                m.get("csrf.title"),
                again,
                CardMessage.of(m.get("csrf.title"))
                        .withAlert(m.get("csrf.text"))
                        .withLink(again, m.get("csrf.back")));
    }

    private void emailPage(Context ctx) {
        String hint = ctx.queryParam("login_hint");
        emailForm(ctx, 200, Messages.of(Language.of(ctx)), returnOf(ctx), hint, null);
    }

    private void email(Context ctx) {
        Messages m = Messages.of(Language.of(ctx));
        String entered = ctx.formParam("email");
        Optional<Email> email = Email.parse(entered);
        if (email.isEmpty()) {
            emailForm(ctx, 400, m, returnOf(ctx), entered, m.get("signin.email.invalid"));
        } else if (signIn.asksWhichAccount(email.get().value())) {
            picker(ctx, m, returnOf(ctx), email.get().value());
        } else {
            passwordForm(ctx, 200, m, returnOf(ctx), email.get().value(), null, null);
        }
    }

    private void kind(Context ctx) {
        Messages m = Messages.of(Language.of(ctx));
        passwordForm(ctx, 200, m, returnOf(ctx), ctx.formParam("email"), kindOf(ctx), null);
    }

    private void password(Context ctx) {
        Messages m = Messages.of(Language.of(ctx));
        String email = ctx.formParam("email");
        AccountKind kind = kindOf(ctx);
        String back = returnOf(ctx);
        DeviceCookie.Device device = DeviceCookie.of(ctx);
        Outcome<SignInResult> outcome =
                signIn.signIn(email, ctx.formParam("password"), kind, ctx.ip(), tenantHint(back), device.hash());
        if (outcome instanceof Outcome.Rejected<SignInResult> r) {
            boolean slowDown =
                    r.code() == RuleCode.TooManySignInAttempts || r.code() == RuleCode.AccountTemporarilyLocked;
            if (slowDown && !r.args().isEmpty())
                ctx.header("Retry-After", r.args().get(0));
            passwordForm(ctx, slowDown ? 429 : 400, m, back, email, kind, m.rule(r.code(), r.args()));
            return;
        }
        SignInResult result = outcome.orThrow();
        if (result instanceof SignInResult.ChooseAccount choose) {
            picker(ctx, m, back, choose.email().value());
            return;
        }
        device.keep(ctx);
        sessions.start(ctx, ((SignInResult.SignedIn) result).caller());
        ctx.redirect(back, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        sessions.end(ctx);
        String after = ctx.queryParam("post_logout_redirect_uri");
        if (after == null && Csrf.isForm(ctx)) after = ctx.formParam("post_logout_redirect_uri");
        if (ReturnPath.isSafe(after)) {
            PageWriter.securityHeaders(ctx);
            ctx.redirect(after, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Messages m = Messages.of(Language.of(ctx));
        PageWriter.message(
                ctx,
                200,
                m,
                m.get("signout.title"),
                LOGOUT + "?lang=" + m.language().other(),
                CardMessage.of(m.get("signout.title"))
                        .withText(m.get("signout.text"))
                        .withLink(LOGIN, m.get("signout.again")));
    }

    /** Who is signed in, with a sign-out button: the landing page when no portal is asked for. */
    private void me(Context ctx) {
        Optional<Session> session = sessions.current(ctx);
        if (session.isEmpty()) {
            ctx.redirect(loginUrl("/me"), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Messages m = Messages.of(Language.of(ctx));
        var caller = session.get().caller();
        PageWriter.card(
                ctx,
                200,
                m,
                m.get("signin.title"),
                "/me?lang=" + m.language().other(),
                "signin/signedIn.jte",
                new SignedIn(
                        caller.displayName(),
                        m.get("signin.signedInAs", caller.displayName()),
                        caller.directory() == null ? null : caller.directory().toString(),
                        Csrf.token(ctx)));
    }

    private void emailForm(Context ctx, int status, Messages m, String back, String email, String error) {
        var view = new EmailStep(
                form(ctx, m, back),
                Field.of("email", "email", m.get("signin.email.label"), email, error, "username", true),
                "/signup?return=" + Html.url(back));
        PageWriter.card(ctx, status, m, m.get("signin.title"), switchHref(m, back), "signin/email.jte", view);
    }

    private void picker(Context ctx, Messages m, String back, String email) {
        var view = new PickerStep(form(ctx, m, back), email, loginUrl(back));
        PageWriter.card(ctx, 200, m, m.get("signin.picker.title"), switchHref(m, back), "signin/picker.jte", view);
    }

    private void passwordForm(
            Context ctx, int status, Messages m, String back, String email, AccountKind kind, String error) {
        var view =
                new PasswordStep(form(ctx, m, back), email, kind == null ? null : kind.name(), error, loginUrl(back));
        PageWriter.card(
                ctx, status, m, m.get("signin.password.title"), switchHref(m, back), "signin/password.jte", view);
    }

    /** What every form of the sign-in and sign-up pages carries. */
    static SignInViews.Form form(Context ctx, Messages m, String back) {
        return new SignInViews.Form(Csrf.token(ctx), back, m.language().name());
    }

    private static String switchHref(Messages m, String back) {
        return loginUrl(back) + "&lang=" + m.language().other();
    }

    private static String returnOf(Context ctx) {
        String value = Csrf.isForm(ctx) ? ctx.formParam("return") : null;
        if (value == null) value = ctx.queryParam("return");
        return ReturnPath.safe(value);
    }

    private static AccountKind kindOf(Context ctx) {
        String value = ctx.formParam("kind");
        if (value == null) return null;
        for (AccountKind k : AccountKind.values()) if (k.name().equals(value)) return k;
        return null;
    }

    /** A directory named by id in the return path ({@code /{tenant}/oauth2/…}): the person signs in through it if a member. */
    static DirectoryId tenantHint(String back) {
        Matcher matcher = TENANT_IN_PATH.matcher(back);
        if (!matcher.find()) return null;
        try {
            return DirectoryId.of(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
