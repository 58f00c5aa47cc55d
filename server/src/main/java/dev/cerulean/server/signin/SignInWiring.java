package dev.cerulean.server.signin;

import dev.cerulean.core.Ports;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.account.SignUpMicrosoftAccount;
import dev.cerulean.core.directory.AccountActivityRecorder;
import dev.cerulean.core.directory.SignUpOffice365;
import dev.cerulean.core.signin.SignIn;
import dev.cerulean.core.signin.SignInDirectory;
import dev.cerulean.core.subscription.SignUpAzure;
import dev.cerulean.server.page.Csrf;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Sign-in's part of the composition root: one {@link SignIn} (the pages and the identity
 * platform's password grant share it, so they share throttling), the {@link WebSessions}, and the
 * sign-in and sign-up pages.
 */
public final class SignInWiring {
    public static final String STYLESHEET = "/static/cerulean-signin.css";
    private final SignIn signIn;
    private final SignInDirectory directories;
    private final WebSessions sessions;
    private final SignInPages signInPages;
    private final SignUpPages signUpPages;

    public SignInWiring(Ports ports, SignInSettings settings) {
        directories = new SignInDirectory(ports.directories(), ports.directoryUsers());
        signIn = new SignIn(ports.transactions(), ports.microsoftAccounts(), ports.directoryUsers(), ports.passwordHasher(),
                ports.signInAttempts(), directories, settings.throttle(), ports.clock());
        sessions = new WebSessions(ports.sessions(), directories, ports.clock(), settings.sessions());
        signInPages = new SignInPages(signIn, sessions);
        ActivityRecorder activity = new ActivityRecorder(ports.activityLog(), ports.clock(), ports.ids());
        signUpPages = new SignUpPages(sessions, directories,
                new SignUpMicrosoftAccount(ports.transactions(), ports.microsoftAccounts(), ports.passwordHasher(),
                        ports.clock(), ports.ids(), new AccountActivityRecorder(activity)),
                new SignUpOffice365(ports.transactions(), ports.directories(), ports.directoryUsers(), ports.directoryRoles(),
                        ports.passwordHasher(), ports.clock(), ports.ids(), activity),
                new SignUpAzure(ports.microsoftAccounts(), ports.directories(), ports.directoryUsers(), ports.directoryRoles(),
                        ports.subscriptions(), ports.transactions(), ports.clock(), ports.ids(), activity));
    }

    public SignIn signIn() {
        return signIn;
    }

    public WebSessions sessions() {
        return sessions;
    }

    public SignInDirectory directories() {
        return directories;
    }

    public void register(RoutesConfig routes) {
        // every form's CSRF token is keyed by the secret of the browser's session
        Csrf.bindTo(routes, sessions::secret);
        signInPages.register(routes);
        signUpPages.register(routes);
        byte[] css = resource(STYLESHEET);
        routes.get(STYLESHEET, ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "public, max-age=3600").result(css));
    }

    private static byte[] resource(String path) {
        try (InputStream in = SignInWiring.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
