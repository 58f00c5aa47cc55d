package dev.cerulean.server.page;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery protection by double submit: a random value in a pre-session
 * cookie (SameSite=Strict, HttpOnly) is repeated in every form as {@value #FIELD}; a POST whose
 * field does not match its cookie is refused before anything runs. Over HTTPS the cookie is the
 * {@code __Host-} kind, so no other host or plain-HTTP page can plant one.
 */
public final class Csrf {
    public static final String FIELD = "csrf";
    static final String HTTP_COOKIE = "cerulean_csrf";
    static final String HTTPS_COOKIE = "__Host-cerulean_csrf";
    private static final String ATTRIBUTE = Csrf.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {}

    private static String cookieName(Context ctx) {
        return ctx.req().isSecure() ? HTTPS_COOKIE : HTTP_COOKIE;
    }

    /** The token for this browser's forms, setting its cookie when it has none yet. */
    public static String token(Context ctx) {
        Object known = ctx.attribute(ATTRIBUTE);
        if (known instanceof String s) return s;
        String value = ctx.cookie(cookieName(ctx));
        if (value == null || value.length() < 32) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            ctx.res().addHeader("Set-Cookie", cookieName(ctx) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict"
                    + (ctx.req().isSecure() ? "; Secure" : ""));
        }
        ctx.attribute(ATTRIBUTE, value);
        return value;
    }

    /** True when the POST's token field matches its cookie. */
    public static boolean valid(Context ctx) {
        String cookie = ctx.cookie(cookieName(ctx));
        String field = ctx.formParam(FIELD);
        if (cookie == null || field == null || cookie.length() < 32) return false;
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }

    public static String hiddenField(Context ctx) {
        return "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + Html.text(token(ctx)) + "\">";
    }

    /** True for a submitted HTML form (url-encoded or multipart), whose fields formParam reads. */
    public static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        if (type == null) return false;
        type = type.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }
}
