package dev.cerulean.server.page;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Writes a sign-in card page ({@code page/card.jte}: a white card centred on a light background,
 * as Microsoft's sign-in, with the language switch) and the security headers every page carries.
 * Pages run no script at all, so the policy allows none.
 */
public final class PageWriter {
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private PageWriter() {}

    public static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        // not no-referrer: with it Chromium sends "Origin: null" on the pages' own form posts, and
        // Csrf refuses any Origin but the server's own; same-origin still tells other origins nothing
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
    }

    /**
     * Writes {@code template}, a card page taking {@code card} and its own {@code view} record.
     *
     * @param switchHref where the language switch leads (a GET of the same page in the other language)
     */
    public static void card(
            Context ctx, int status, Messages m, String title, String switchHref, String template, Object view) {
        Templates.write(ctx, status, template, Map.of("card", new Card(m, title, switchHref), "view", view));
    }

    /** A card that only says something and leads on ({@code page/message.jte}). */
    public static void message(
            Context ctx, int status, Messages m, String title, String switchHref, CardMessage message) {
        card(ctx, status, m, title, switchHref, "page/message.jte", message);
    }

    /**
     * The answer to a form whose body is over {@link dev.cerulean.server.http.BodyLimit#MAX_BYTES}
     * (413), in the page's language; nothing was done.
     *
     * @param back where to start again (a GET)
     */
    public static void tooLarge(Context ctx, String back) {
        Messages m = Messages.of(Language.of(ctx));
        message(
                ctx,
                413,
                m,
                m.get("tooLarge.title"),
                back,
                CardMessage.of(m.get("tooLarge.title"))
                        .withAlert(m.get("tooLarge.text"))
                        .withLink(back, m.get("csrf.back")));
    }
}
