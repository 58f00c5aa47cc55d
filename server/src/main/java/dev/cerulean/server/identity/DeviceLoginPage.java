package dev.cerulean.server.identity;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.signin.Lockout;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.signin.SignInDirectory;
import dev.cerulean.core.token.DeviceCode;
import dev.cerulean.core.token.DeviceCodes;
import dev.cerulean.server.page.CardMessage;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Field;
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
 * It speaks English or Swedish as the sign-in pages do ({@link Language}): the forms carry the
 * language on, so a person who switched keeps it through the code, the question and the answer.
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
    private final Lockout lockout;

    public DeviceLoginPage(
            Transactions transactions,
            DeviceCodes codes,
            Clients clients,
            TenantResolver tenants,
            WebSessions sessions,
            SignInDirectory directories,
            Lockout lockout,
            Clock clock) {
        this.lockout = lockout;
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
        Csrf.Verdict verdict = Csrf.check(ctx);
        if (verdict == Csrf.Verdict.TOO_LARGE) {
            PageWriter.tooLarge(ctx, PATH);
            return;
        }
        Optional<Session> session = sessions.current(ctx);
        if (session.isEmpty()) {
            ctx.redirect(SignInPages.loginUrl(PATH), HttpStatus.SEE_OTHER);
            return;
        }
        if (verdict != Csrf.Verdict.ACCEPTED) {
            Messages m = messages(ctx);
            page(
                    ctx,
                    403,
                    m,
                    m.get("device.title"),
                    CardMessage.of(m.get("device.title"))
                            .withAlert(m.get("device.expired"))
                            .withLink(PATH, m.get("device.again")));
            return;
        }
        next.handle(ctx);
    }

    private void ask(Context ctx) {
        if (sessions.current(ctx).isEmpty()) {
            ctx.redirect(SignInPages.loginUrl(PATH), HttpStatus.FOUND);
            return;
        }
        codeForm(ctx, messages(ctx), 200, null, null);
    }

    private void codeForm(Context ctx, Messages m, int status, String entered, String errorKey) {
        var view = new CodeStep(
                Csrf.token(ctx),
                Field.of("otc", "text", m.get("device.code.label"), entered, null, "off", true),
                errorKey == null ? null : m.get(errorKey));
        PageWriter.card(ctx, status, m, m.get("device.title"), switchHref(m), "identity/deviceCode.jte", view);
    }

    private void lookUp(Context ctx) {
        Messages m = messages(ctx);
        String entered = normalized(ctx.formParam("otc"));
        // wrong codes are throttled per signed-in person, so that codes cannot be guessed
        String key = "usercode:"
                + sessions.current(ctx)
                        .map(s -> s.caller().identity().toString())
                        .orElse(ctx.ip());
        var locked = lockout.lockedFor(key);
        if (locked.isPresent()) {
            ctx.header("Retry-After", Long.toString(locked.get().toSeconds()));
            codeForm(ctx, m, 429, entered, "device.code.tooMany");
            return;
        }
        Lookup found = pending(entered);
        if (found.code() == null) {
            if ("device.code.unknown".equals(found.errorKey())
                    && lockout.failed(key).isPresent()) {
                codeForm(ctx, m, 429, entered, "device.code.tooMany");
                return;
            }
            codeForm(ctx, m, 400, entered, found.errorKey());
            return;
        }
        String app = appName(found.code());
        PageWriter.card(
                ctx,
                200,
                m,
                m.get("device.confirm.title"),
                switchHref(m),
                "identity/deviceConfirm.jte",
                new ConfirmStep(Csrf.token(ctx), app, entered));
    }

    private void decide(Context ctx) {
        Messages m = messages(ctx);
        String entered = normalized(ctx.formParam("otc"));
        Lookup found = pending(entered);
        if (found.code() == null) {
            codeForm(ctx, m, 400, entered, found.errorKey());
            return;
        }
        DeviceCode code = found.code();
        String app = appName(code);
        if (!"continue".equals(ctx.formParam("decision"))) {
            transactions.inTransaction(() -> codes.decide(entered, DeviceCode.State.Denied, null));
            page(
                    ctx,
                    200,
                    m,
                    m.get("device.cancelled.title"),
                    CardMessage.of(m.get("device.cancelled.title")).withText(m.get("device.cancelled.text", app)));
            return;
        }
        Caller caller = sessions.current(ctx).orElseThrow().caller();
        Optional<Caller> inTenant = inTenant(caller, code.tenant());
        if (inTenant.isEmpty()) {
            page(
                    ctx,
                    403,
                    m,
                    m.get("device.title"),
                    CardMessage.of(m.get("device.title"))
                            .withAlert(m.get("device.wrongTenant", caller.displayName(), code.tenant()))
                            .withLink("/logout?post_logout_redirect_uri=" + PATH, m.get("device.otherAccount")));
            return;
        }
        transactions.inTransaction(() -> codes.decide(entered, DeviceCode.State.Approved, inTenant.get()));
        page(ctx, 200, m, app, CardMessage.of(app).withText(m.get("device.done.text", app)));
    }

    private Optional<Caller> inTenant(Caller caller, String segment) {
        Optional<Tenant> tenant = tenants.resolve(segment);
        if (tenant.isEmpty()) return Optional.empty();
        return switch (tenant.get().kind()) {
            case DIRECTORY ->
                tenant.get().directory().equals(caller.directory())
                        ? Optional.of(caller)
                        : directories.switchTo(caller, tenant.get().directory());
            case ORGANIZATIONS -> caller.directory() == null ? Optional.empty() : Optional.of(caller);
            case CONSUMERS -> caller.signedInWithMicrosoftAccount() ? Optional.of(caller) : Optional.empty();
            case COMMON -> Optional.of(caller);
        };
    }

    /** A code the person may still decide on, or why not (the message key of the refusal). */
    private record Lookup(DeviceCode code, String errorKey) {}

    private Lookup pending(String userCode) {
        if (userCode.isEmpty() || userCode.length() > 16) return new Lookup(null, "device.code.unknown");
        Optional<DeviceCode> code = codes.byUserCode(userCode);
        if (code.isEmpty()) return new Lookup(null, "device.code.unknown");
        if (code.get().state() != DeviceCode.State.Pending) return new Lookup(null, "device.code.used");
        if (code.get().expiredAt(clock.instant())) return new Lookup(null, "device.code.expired");
        return new Lookup(code.get(), null);
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

    private static Messages messages(Context ctx) {
        return Messages.of(Language.of(ctx));
    }

    /** The code step: the code typed so far and why it was refused, or null. */
    public record CodeStep(String csrf, Field code, String error) {}

    /** The question: which app asks; Continue or Cancel for the code. */
    public record ConfirmStep(String csrf, String app, String code) {}

    private static String switchHref(Messages m) {
        return PATH + "?lang=" + m.language().other();
    }

    private static void page(Context ctx, int status, Messages m, String title, CardMessage message) {
        PageWriter.message(ctx, status, m, title, switchHref(m), message);
    }
}
