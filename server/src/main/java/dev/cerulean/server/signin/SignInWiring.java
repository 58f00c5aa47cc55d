package dev.cerulean.server.signin;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.signin.SignIn;
import dev.cerulean.core.signin.SignInDirectory;
import dev.cerulean.server.page.Csrf;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Sign-in on the web: the one {@link SignIn} the use cases were built with (the pages and the
 * identity platform's password grant share it, so they share throttling), the
 * {@link WebSessions}, and the sign-in and sign-up pages.
 */
public final class SignInWiring {
    public static final String STYLESHEET = "/static/cerulean-signin.css";
    private final SignIn signIn;
    private final SignInDirectory directories;
    private final WebSessions sessions;
    private final SignInPages signInPages;
    private final SignUpPages signUpPages;

    public SignInWiring(UseCases uses, SignInSettings settings) {
        directories = uses.signIn().signInDirectory();
        signIn = uses.signIn().signIn();
        sessions = new WebSessions(uses.signIn().sessions(), settings.sessions());
        signInPages = new SignInPages(signIn, sessions);
        signUpPages = new SignUpPages(
                sessions,
                directories,
                uses.directory().signUpMicrosoftAccount(),
                uses.directory().signUpOffice365(),
                uses.subscription().signUpAzure());
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
        routes.get(
                STYLESHEET,
                ctx -> ctx.contentType("text/css; charset=utf-8")
                        .header("Cache-Control", "public, max-age=3600")
                        .result(css));
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
