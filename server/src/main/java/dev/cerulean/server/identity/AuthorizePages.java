package dev.cerulean.server.identity;

import dev.cerulean.server.page.Html;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The two pages of the authorize endpoint that are not the sign-in: the auto-submitting form that
 * carries the answer to the client ({@code response_mode=form_post}, one inline script allowed by
 * its nonce), and the error shown when the client or its redirect URI cannot be trusted.
 */
final class AuthorizePages {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthorizePages() {}

    static void formPost(Context ctx, String redirectUri, Map<String, String> fields) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        StringBuilder inputs = new StringBuilder();
        fields.forEach((name, value) -> inputs.append("<input type=\"hidden\" name=\"")
                .append(Html.text(name))
                .append("\" value=\"")
                .append(Html.text(value))
                .append("\">"));
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Working…</title></head>"
                + "<body><form method=\"post\" name=\"hiddenform\" action=\"" + Html.text(redirectUri) + "\">" + inputs
                + "<noscript><p>Script is disabled. Click Submit to continue.</p><input type=\"submit\" value=\"Submit\">"
                + "</noscript></form><script nonce=\"" + nonce
                + "\">document.forms[0].submit();</script></body></html>";
        ctx.header(
                "Content-Security-Policy",
                "default-src 'none'; script-src 'nonce-" + nonce + "'; " + "frame-ancestors 'none'; base-uri 'none'");
        ctx.header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
        ctx.status(200).contentType("text/html; charset=utf-8").result(html);
    }

    static void error(Context ctx, OAuthError e) {
        String html =
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in – Cerulean</title>"
                        + "<link rel=\"stylesheet\" href=\"/static/cerulean-signin.css\"></head><body><main class=\"card\">"
                        + "<h1>Sorry, but we’re having trouble signing you in.</h1><div class=\"alert\" role=\"alert\"><p>"
                        + Html.text(e.description()) + "</p></div></main></body></html>";
        dev.cerulean.server.page.PageWriter.securityHeaders(ctx);
        ctx.status(e.status()).contentType("text/html; charset=utf-8").result(html);
    }
}
