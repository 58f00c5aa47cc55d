package dev.cerulean.server.identity;

import dev.cerulean.server.page.Templates;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The two pages of the authorize endpoint that are not the sign-in: the auto-submitting form that
 * carries the answer to the client ({@code response_mode=form_post}, one inline script allowed by
 * its nonce), and the error shown when the client or its redirect URI cannot be trusted.
 */
public final class AuthorizePages {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthorizePages() {}

    static void formPost(Context ctx, String redirectUri, Map<String, String> fields) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        String html =
                Templates.render("identity/formPost.jte", Map.of("view", new FormPost(redirectUri, fields, nonce)));
        ctx.header(
                "Content-Security-Policy",
                "default-src 'none'; script-src 'nonce-" + nonce + "'; " + "frame-ancestors 'none'; base-uri 'none'");
        ctx.header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
        ctx.status(200).contentType("text/html; charset=utf-8").result(html);
    }

    static void error(Context ctx, OAuthError e) {
        Templates.write(
                ctx,
                e.status(),
                "identity/authorizeError.jte",
                Map.of("description", e.description() == null ? "" : e.description()));
    }

    /** The auto-submitting form ({@code identity/formPost.jte}): the client's redirect URI and the answer's fields, in order. */
    public record FormPost(String redirectUri, Map<String, String> fields, String nonce) {}
}
