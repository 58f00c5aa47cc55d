package dev.cerulean.server.signin;

import dev.cerulean.core.account.DisplayName;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.PasswordPolicy;
import dev.cerulean.core.account.SignUpMicrosoftAccount;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.DirectoryNaming;
import dev.cerulean.core.directory.SignUpOffice365;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.signin.SignInDirectory;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.SignUpAzure;
import dev.cerulean.server.page.CardMessage;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Field;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Link;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.PageWriter;
import dev.cerulean.server.page.ReturnPath;
import dev.cerulean.server.signin.SignInViews.SignUp;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-up pages (R36): {@code /signup} a Microsoft account, {@code /signup/office365} a new
 * Office 365 organisation whose first user is a Global Administrator, {@code /signup/azure} a
 * subscription for the signed-in person. Every field is checked at once and gets its own message;
 * what was typed comes back on error, except passwords. Success signs the person in.
 */
final class SignUpPages {
    static final String MSA = "/signup", OFFICE_365 = "/signup/office365", AZURE = "/signup/azure";
    private final WebSessions sessions;
    private final SignInDirectory directories;
    private final SignUpMicrosoftAccount microsoftAccount;
    private final SignUpOffice365 office365;
    private final SignUpAzure azure;

    SignUpPages(
            WebSessions sessions,
            SignInDirectory directories,
            SignUpMicrosoftAccount microsoftAccount,
            SignUpOffice365 office365,
            SignUpAzure azure) {
        this.sessions = sessions;
        this.directories = directories;
        this.microsoftAccount = microsoftAccount;
        this.office365 = office365;
        this.azure = azure;
    }

    void register(RoutesConfig routes) {
        routes.get(MSA, ctx -> msaForm(ctx, 200, Map.of(), Map.of(), null));
        routes.post(MSA, ctx -> SignInPages.guarded(ctx, this::signUpMicrosoftAccount));
        routes.get(OFFICE_365, ctx -> office365Form(ctx, 200, Map.of(), Map.of(), null));
        routes.post(OFFICE_365, ctx -> SignInPages.guarded(ctx, this::signUpOffice365));
        routes.get(AZURE, ctx -> withSession(ctx, s -> azureForm(ctx, s, 200, Map.of(), Map.of(), null)));
        routes.post(AZURE, ctx -> SignInPages.guarded(ctx, c -> withSession(c, s -> signUpAzure(c, s))));
    }

    // ---- Microsoft account

    private void signUpMicrosoftAccount(Context ctx) {
        Map<String, String> values = values(ctx, "email", "displayName");
        Map<String, RuleCode> errors = new LinkedHashMap<>();
        if (Email.parse(values.get("email")).isEmpty()) errors.put("email", RuleCode.InvalidEmail);
        if (DisplayName.parse(values.get("displayName")).isEmpty())
            errors.put("displayName", RuleCode.InvalidDisplayName);
        if (!PasswordPolicy.allows(ctx.formParam("password"))) errors.put("password", RuleCode.PasswordTooWeak);
        if (!errors.isEmpty()) {
            msaForm(ctx, 400, values, messages(ctx, errors), null);
            return;
        }
        Outcome<MicrosoftAccount> outcome =
                microsoftAccount.signUp(values.get("email"), values.get("displayName"), ctx.formParam("password"));
        if (outcome instanceof Outcome.Rejected<MicrosoftAccount> r) {
            msaForm(
                    ctx,
                    r.code() == RuleCode.MicrosoftAccountExists ? 409 : 400,
                    values,
                    Map.of(fieldOf(r.code(), "email"), m(ctx).rule(r.code(), r.args())),
                    null);
            return;
        }
        MicrosoftAccount account = outcome.orThrow();
        sessions.start(ctx, directories.forMicrosoftAccount(account, null));
        done(ctx, m(ctx).get("signup.msa.done", account.email().value()), returnOf(ctx));
    }

    private void msaForm(
            Context ctx, int status, Map<String, String> values, Map<String, String> errors, String alert) {
        Messages m = m(ctx);
        String back = returnOf(ctx);
        var view = new SignUp(
                SignInPages.form(ctx, m, back),
                m.get("signup.msa.title"),
                null,
                errors.isEmpty() ? alert : m.get("signup.invalid"),
                MSA,
                List.of(
                        field(m, "email", "email", "email", values, errors, true),
                        field(m, "displayName", "text", "name", values, errors, false),
                        field(m, "password", "password", "new-password", values, errors, false)),
                m.get("signup.msa.submit"),
                new Link(SignInPages.loginUrl(back), m.get("signup.signIn")));
        PageWriter.card(
                ctx,
                status,
                m,
                m.get("signup.msa.title"),
                MSA + "?lang=" + m.language().other() + "&return=" + Html.url(back),
                "signin/signUp.jte",
                view);
    }

    // ---- Office 365

    private void signUpOffice365(Context ctx) {
        Map<String, String> values = values(ctx, "companyName", "tenantName", "country", "userName", "displayName");
        Map<String, RuleCode> errors = new LinkedHashMap<>();
        if (DisplayName.parse(values.get("companyName")).isEmpty())
            errors.put("companyName", RuleCode.InvalidDisplayName);
        Optional<String> label = DirectoryNaming.initialDomainLabel(values.get("tenantName"));
        if (label.isEmpty()) errors.put("tenantName", RuleCode.InvalidDirectoryName);
        if (DirectoryNaming.country(values.get("country")).isEmpty()) errors.put("country", RuleCode.InvalidCountry);
        String user = values.get("userName");
        if (user == null
                || user.isBlank()
                || user.contains("@")
                || Email.parse(user.strip() + "@" + DirectoryNaming.initialDomain(label.orElse("example")))
                        .isEmpty()) {
            errors.put("userName", RuleCode.InvalidUserPrincipalName);
        }
        if (DisplayName.parse(values.get("displayName")).isEmpty())
            errors.put("displayName", RuleCode.InvalidDisplayName);
        if (!PasswordPolicy.allows(ctx.formParam("password"))) errors.put("password", RuleCode.PasswordTooWeak);
        if (!errors.isEmpty()) {
            office365Form(ctx, 400, values, messages(ctx, errors), null);
            return;
        }
        Outcome<SignUpOffice365.SignedUp> outcome = office365.signUp(
                values.get("companyName"),
                values.get("tenantName"),
                values.get("country"),
                values.get("userName"),
                values.get("displayName"),
                ctx.formParam("password"));
        if (outcome instanceof Outcome.Rejected<SignUpOffice365.SignedUp> r) {
            office365Form(
                    ctx,
                    r.code() == RuleCode.DomainAlreadyExists ? 409 : 400,
                    values,
                    Map.of(fieldOf(r.code(), "tenantName"), m(ctx).rule(r.code(), r.args())),
                    null);
            return;
        }
        SignUpOffice365.SignedUp signedUp = outcome.orThrow();
        sessions.start(ctx, directories.forWorkAccount(signedUp.globalAdministrator(), null));
        done(
                ctx,
                m(ctx).get(
                                "signup.o365.done",
                                signedUp.directory().displayName(),
                                signedUp.globalAdministrator().userPrincipalName()),
                returnOf(ctx));
    }

    private void office365Form(
            Context ctx, int status, Map<String, String> values, Map<String, String> errors, String alert) {
        Messages m = m(ctx);
        String back = returnOf(ctx);
        var view = new SignUp(
                SignInPages.form(ctx, m, back),
                m.get("signup.o365.title"),
                m.get("signup.o365.text"),
                errors.isEmpty() ? alert : m.get("signup.invalid"),
                OFFICE_365,
                List.of(
                        field(m, "companyName", "text", "organization", values, errors, true),
                        field(m, "tenantName", "text", "off", values, errors, false),
                        field(m, "country", "text", "country", values, errors, false),
                        field(m, "displayName", "text", "name", values, errors, false),
                        field(m, "userName", "text", "off", values, errors, false),
                        field(m, "password", "password", "new-password", values, errors, false)),
                m.get("signup.o365.submit"),
                null);
        PageWriter.card(
                ctx,
                status,
                m,
                m.get("signup.o365.title"),
                OFFICE_365 + "?lang=" + m.language().other(),
                "signin/signUp.jte",
                view);
    }

    // ---- Azure

    private void signUpAzure(Context ctx, Session session) {
        Map<String, String> values = values(ctx, "subscriptionName", "offer");
        Map<String, RuleCode> errors = new LinkedHashMap<>();
        String offer = values.get("offer");
        if (offer != null && !offer.isBlank() && Offer.parse(offer).isEmpty())
            errors.put("offer", RuleCode.InvalidOffer);
        String name = values.get("subscriptionName");
        if (name != null
                && !name.isBlank()
                && (name.strip().length() > 64 || DisplayName.parse(name).isEmpty())) {
            errors.put("subscriptionName", RuleCode.InvalidDisplayName);
        }
        if (!errors.isEmpty()) {
            Map<String, String> text = new LinkedHashMap<>();
            errors.forEach((f, code) -> text.put(f, m(ctx).rule(code, List.of(String.valueOf(values.get(f))))));
            azureForm(ctx, session, 400, values, text, null);
            return;
        }
        Outcome<SignUpAzure.Result> outcome = azure.signUp(session.caller(), name, offer);
        if (outcome instanceof Outcome.Rejected<SignUpAzure.Result> r) {
            azureForm(ctx, session, 400, values, Map.of(), m(ctx).rule(r.code(), r.args()));
            return;
        }
        SignUpAzure.Result result = outcome.orThrow();
        done(
                ctx,
                m(ctx).get(
                                "signup.azure.done",
                                result.subscription().displayName(),
                                result.subscription().id().toString(),
                                result.directory().displayName() + " ("
                                        + result.directory().initialDomain() + ")"),
                returnOf(ctx));
    }

    private void azureForm(
            Context ctx,
            Session session,
            int status,
            Map<String, String> values,
            Map<String, String> errors,
            String alert) {
        Messages m = m(ctx);
        String back = returnOf(ctx);
        var view = new SignUp(
                SignInPages.form(ctx, m, back),
                m.get("signup.azure.title"),
                m.get("signup.azure.text", session.caller().displayName()),
                errors.isEmpty() ? alert : m.get("signup.invalid"),
                AZURE,
                List.of(
                        optionalField(m, "subscriptionName", values, errors, true),
                        optionalField(m, "offer", values, errors, false)),
                m.get("signup.azure.submit"),
                null);
        PageWriter.card(
                ctx,
                status,
                m,
                m.get("signup.azure.title"),
                AZURE + "?lang=" + m.language().other(),
                "signin/signUp.jte",
                view);
    }

    private void withSession(Context ctx, java.util.function.Consumer<Session> page) {
        Optional<Session> session = sessions.current(ctx);
        if (session.isEmpty()) {
            ctx.redirect(SignInPages.loginUrl(AZURE), HttpStatus.SEE_OTHER);
            return;
        }
        page.accept(session.get());
    }

    // ---- shared

    private void done(Context ctx, String message, String back) {
        Messages m = m(ctx);
        String next = back.equals("/") ? "/me" : back;
        PageWriter.message(
                ctx,
                200,
                m,
                m.get("signup.done.title"),
                "/me?lang=" + m.language().other(),
                CardMessage.of(m.get("signup.done.title"))
                        .withStatus(message)
                        .withButton(next, m.get("signup.continue")));
    }

    private static Field field(
            Messages m,
            String name,
            String type,
            String autocomplete,
            Map<String, String> values,
            Map<String, String> errors,
            boolean autofocus) {
        boolean focus =
                errors.isEmpty() ? autofocus : errors.keySet().iterator().next().equals(name);
        return Field.of(name, type, m.get("field." + name), values.get(name), errors.get(name), autocomplete, focus);
    }

    private static Field optionalField(
            Messages m, String name, Map<String, String> values, Map<String, String> errors, boolean autofocus) {
        return field(m, name, "text", "off", values, errors, autofocus).optional();
    }

    /** The typed values to show again (never a password). */
    private static Map<String, String> values(Context ctx, String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String n : names) values.put(n, ctx.formParam(n));
        return values;
    }

    private static Map<String, String> messages(Context ctx, Map<String, RuleCode> errors) {
        Messages m = m(ctx);
        Map<String, String> text = new LinkedHashMap<>();
        errors.forEach((field, code) -> text.put(
                field,
                code == RuleCode.PasswordTooWeak
                        ? m.rule(
                                code,
                                List.of(
                                        String.valueOf(PasswordPolicy.MIN_LENGTH),
                                        String.valueOf(PasswordPolicy.REQUIRED_CLASSES)))
                        : m.rule(code, List.of(String.valueOf(ctx.formParam(field))))));
        return text;
    }

    /** Which field a use case's refusal belongs to. */
    private static String fieldOf(RuleCode code, String fallback) {
        return switch (code) {
            case InvalidEmail, MicrosoftAccountExists -> "email";
            case PasswordTooWeak -> "password";
            case InvalidDirectoryName, DomainAlreadyExists -> "tenantName";
            case InvalidCountry -> "country";
            case InvalidUserPrincipalName -> "userName";
            default -> fallback;
        };
    }

    private static Messages m(Context ctx) {
        return Messages.of(Language.of(ctx));
    }

    private static String returnOf(Context ctx) {
        String value = Csrf.isForm(ctx) ? ctx.formParam("return") : null;
        if (value == null) value = ctx.queryParam("return");
        return ReturnPath.safe(value);
    }
}
