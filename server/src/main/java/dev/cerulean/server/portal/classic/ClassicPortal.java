package dev.cerulean.server.portal.classic;

import dev.cerulean.core.UseCases;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The classic management portal under {@code /classic}: the article's three steps as plain
 * pages and forms that need no script, in English and Swedish.
 */
public final class ClassicPortal {
    private final PortalUseCases uses;
    private final ClassicFrame frame;
    private final PortalGate gate;

    public ClassicPortal(UseCases uses, WebSessions sessions, PortalSettings settings) {
        this.uses = PortalUseCases.of(uses, settings);
        this.frame = new ClassicFrame(this.uses.directories());
        this.gate = new PortalGate(sessions);
    }

    public PortalUseCases useCases() {
        return uses;
    }

    public PortalGate gate() {
        return gate;
    }

    public void register(RoutesConfig routes) {
        WebSessions sessions = gate.sessions();
        SettingsPages settings = new SettingsPages(uses, frame);
        new DirectoryPages(uses, frame, sessions).register(routes, gate);
        new LinkPages(uses, frame).register(routes, gate);
        settings.register(routes, gate);
        new EditDirectoryPages(uses, frame, settings, sessions).register(routes, gate);
        new SupportPages(uses, frame).register(routes, gate);
        routes.get(
                "/classic/",
                ctx -> ctx.redirect(DirectoryPages.DASHBOARD, io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
        byte[] css = resource(ClassicFrame.STYLESHEET);
        routes.get(
                ClassicFrame.STYLESHEET,
                ctx -> ctx.contentType("text/css; charset=utf-8")
                        .header("Cache-Control", "public, max-age=3600")
                        .header("X-Content-Type-Options", "nosniff")
                        .result(css));
    }

    static byte[] resource(String path) {
        try (InputStream in = ClassicPortal.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
