package dev.cerulean.server.identity;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.signin.SignInDirectory;
import dev.cerulean.core.token.DeviceCode;
import dev.cerulean.core.token.DeviceCodes;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.PageWriter;
import dev.cerulean.server.signin.SignInPages;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The device-code verification page ({@code verification_uri}): {@code GET /devicelogin} asks a
 * signed-in person for the code shown on the device (no session: to {@code /login} first);
 * {@code POST /devicelogin} finds the code and shows which app asks; {@code POST /devicelogin/decide}
 * approves ("Continue") or declines ("Cancel") it, signed in through the tenant the device named.
 */
public final class DeviceLoginPage {
    static final String PATH = "/devicelogin";

    private final Transactions transactions;
    private final DeviceCodes codes;
    private final Clients clients;
    private final TenantResolver tenants;
    private final WebSessions sessions;
    private final SignInDirectory directories;
    private final Clock clock;

    public DeviceLoginPage(Transactions transactions, DeviceCodes codes, Clients clients, TenantResolver tenants,
                           WebSessions sessions, SignInDirectory directories, Clock clock) {
        this.transactions = transactions;
        this.codes = codes;
        this.clients = clients;
        this.tenants = tenants;
        this.sessions = sessions;
        this.directories = directories;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::ask);
        routes.post(PATH, ctx -> guarded(ctx, this::lookUp));
        routes.post(PATH + "/decide", ctx -> guarded(ctx, this::decide));
    }

    private void guarded(Context ctx, io.javalin.http.Handler next) throws Exception {
        Optional<Session> session = sessions.current(ctx);
        if (session.isEmpty()) {
            ctx.redirect(SignInPages.loginUrl(PATH), HttpStatus.SEE_OTHER);
            return;
        }
        if (!Csrf.valid(ctx)) {
            page(ctx, 403, "Enter code", "<h1>Enter code</h1>" + PageWriter.alert("The form expired. Please try again.")
                    + "<p><a href=\"" + PATH + "\">Enter the code again</a></p>");
            return;
        }
        next.handle(ctx);
    }

    private void ask(Context ctx) {
        if (sessions.current(ctx).isEmpty()) {
            ctx.redirect(SignInPages.loginUrl(PATH), HttpStatus.FOUND);
            return;
        }
        codeForm(ctx, 200, null, null);
    }

    private void codeForm(Context ctx, int status, String entered, String error) {
        page(ctx, status, "Enter code", "<h1>Enter code</h1><p>Enter the code displayed on your app or device.</p>"
                + PageWriter.alert(error) + "<form method=\"post\" action=\"" + PATH + "\">" + Csrf.hiddenField(ctx)
                + PageWriter.field("otc", "text", "Code", entered, null, "off", true)
                + PageWriter.primaryButton("Next") + "</form>");
    }

    private void lookUp(Context ctx) {
        String entered = normalized(ctx.formParam("otc"));
        Optional<DeviceCode> code = pending(entered);
        if (code.isEmpty()) {
            codeForm(ctx, 400, entered, "That code didn't work. Check the code and try again.");
            return;
        }
        String app = appName(code.get());
        page(ctx, 200, "Are you trying to sign in?", "<h1>Are you trying to sign in to " + Html.text(app) + "?</h1>"
                + "<p>Only continue if you downloaded the app from a store or website that you trust.</p>"
                + "<form method=\"post\" action=\"" + PATH + "/decide\">" + Csrf.hiddenField(ctx)
                + PageWriter.hidden("otc", entered)
                + "<div class=\"actions\"><button type=\"submit\" name=\"decision\" value=\"cancel\">Cancel</button>"
                + "<button type=\"submit\" class=\"primary\" name=\"decision\" value=\"continue\">Continue</button></div>"
                + "</form>");
    }

    private void decide(Context ctx) {
        String entered = normalized(ctx.formParam("otc"));
        Optional<DeviceCode> code = pending(entered);
        if (code.isEmpty()) {
            codeForm(ctx, 400, entered, "That code didn't work. Check the code and try again.");
            return;
        }
        String app = appName(code.get());
        if (!"continue".equals(ctx.formParam("decision"))) {
            transactions.inTransaction(() -> codes.decide(entered, DeviceCode.State.Denied, null));
            page(ctx, 200, "Sign-in cancelled", "<h1>Sign-in cancelled</h1><p>You declined to sign in to "
                    + Html.text(app) + ". You can close this window.</p>");
            return;
        }
        Caller caller = sessions.current(ctx).orElseThrow().caller();
        Optional<Caller> inTenant = inTenant(caller, code.get().tenant());
        if (inTenant.isEmpty()) {
            page(ctx, 403, "Enter code", "<h1>Enter code</h1>" + PageWriter.alert("Your account " + caller.displayName()
                    + " is not in the organization the app asked for (" + code.get().tenant() + "). Sign in with "
                    + "another account.") + "<p><a href=\"/logout?post_logout_redirect_uri=" + PATH
                    + "\">Use another account</a></p>");
            return;
        }
        transactions.inTransaction(() -> codes.decide(entered, DeviceCode.State.Approved, inTenant.get()));
        page(ctx, 200, app, "<h1>" + Html.text(app) + "</h1><p>You have signed in to the " + Html.text(app)
                + " application on your device. You may now close this window.</p>");
    }

    private Optional<Caller> inTenant(Caller caller, String segment) {
        Optional<Tenant> tenant = tenants.resolve(segment);
        if (tenant.isEmpty()) return Optional.empty();
        return switch (tenant.get().kind()) {
            case DIRECTORY -> tenant.get().directory().equals(caller.directory()) ? Optional.of(caller)
                    : directories.switchTo(caller, tenant.get().directory());
            case ORGANIZATIONS -> caller.directory() == null ? Optional.empty() : Optional.of(caller);
            case CONSUMERS -> caller.signedInWithMicrosoftAccount() ? Optional.of(caller) : Optional.empty();
            case COMMON -> Optional.of(caller);
        };
    }

    private Optional<DeviceCode> pending(String userCode) {
        if (userCode.isEmpty() || userCode.length() > 16) return Optional.empty();
        return codes.byUserCode(userCode)
                .filter(c -> c.state() == DeviceCode.State.Pending && !c.expiredAt(clock.instant()));
    }

    private String appName(DeviceCode code) {
        try {
            return clients.require(code.clientId().toString()).displayName();
        } catch (OAuthError e) {
            return code.clientId().toString();
        }
    }

    private static String normalized(String entered) {
        return entered == null ? "" : entered.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static void page(Context ctx, int status, String title, String card) {
        Messages m = Messages.of(Language.of(ctx));
        PageWriter.write(ctx, status, m, title, PATH + "?lang=" + m.language().other(), card);
    }
}
