package dev.cerulean.server.page;

import dev.cerulean.server.http.BodyLimit;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery protection for every form. A POST runs only when all of these hold:
 * <ul>
 * <li>the browser does not say it comes from another site ({@code Sec-Fetch-Site: cross-site}), and
 * its {@code Origin}, when sent, is the origin the request was sent to — another port of the same
 * host is another origin, so a page on {@code localhost:9999} cannot post to {@code localhost:8080}
 * ({@code same-site} requests without an {@code Origin} are refused too);</li>
 * <li>its {@value #FIELD} field is the token of the browser's session: an HMAC-SHA256 keyed by the
 * session cookie's secret (the value the database keeps only the hash of). Before sign-in the key is
 * a random pre-session cookie's value instead.</li>
 * </ul>
 * Keying by the session's own secret binds the token to the session without a server key: every
 * node that shares the sessions table computes it from the cookie the browser sends, nothing needs
 * distributing or rotating, and a copy of the database (which has only the secrets' hashes) forges
 * no token. A token or cookie planted from another port belongs to another session (or none), so
 * it is refused even by a browser that sends no fetch metadata.
 */
public final class Csrf {
    public static final String FIELD = "csrf";
    public static final String HTTP_COOKIE = "cerulean_csrf";
    /** Over HTTPS: Secure, Path=/, no Domain, so that no plain-HTTP page and no subdomain can set it. */
    public static final String HTTPS_COOKIE = "__Host-cerulean_csrf";

    private static final String BINDING = Csrf.class.getName() + ".binding";
    private static final String PRE_SESSION = Csrf.class.getName() + ".preSession";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Finds the secret of the request's live session (its cookie's value), if it has one. */
    @FunctionalInterface
    public interface SessionSecrets {
        Optional<String> of(Context ctx);
    }

    /** What {@link #check} found. */
    public enum Verdict {
        ACCEPTED,
        FORGED,
        TOO_LARGE
    }

    private Csrf() {}

    /** Binds the tokens of every request to its session as {@code secrets} finds it (without it: pre-session tokens only). */
    public static void bindTo(RoutesConfig routes, SessionSecrets secrets) {
        routes.before(ctx -> ctx.attribute(BINDING, secrets));
    }

    /** The token for this browser's forms, setting the pre-session cookie when it has no session and no cookie yet. */
    public static String token(Context ctx) {
        Optional<String> session = sessionSecret(ctx);
        if (session.isPresent()) return mac(session.get(), "session");
        String pre = preSession(ctx);
        if (pre == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            pre = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            boolean https = ctx.req().isSecure();
            ctx.cookie(new Cookie(cookieName(ctx), pre, "/", -1, https, true, null, SameSite.STRICT));
            ctx.attribute(PRE_SESSION, pre);
        }
        return mac(pre, "pre-session");
    }

    /** Whether a POST may run; nothing has been read but its headers and form when this answers. */
    public static Verdict check(Context ctx) {
        if (BodyLimit.exceeded(ctx)) return Verdict.TOO_LARGE;
        if (!sameOrigin(ctx) || !isForm(ctx)) return Verdict.FORGED;
        String field = ctx.formParam(FIELD);
        Optional<String> session = sessionSecret(ctx);
        String pre = preSession(ctx);
        String expected =
                session.isPresent() ? mac(session.get(), "session") : pre == null ? null : mac(pre, "pre-session");
        if (field == null || expected == null) return Verdict.FORGED;
        boolean same = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
        return same ? Verdict.ACCEPTED : Verdict.FORGED;
    }

    /** True when {@link #check} accepts the POST. */
    public static boolean valid(Context ctx) {
        return check(ctx) == Verdict.ACCEPTED;
    }

    /** True for a submitted HTML form (url-encoded or multipart), whose fields formParam reads. */
    public static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        if (type == null) return false;
        type = type.toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    /**
     * False when the browser says the request comes from another site, or from another origin than
     * the one it was sent to ({@code scheme://Host}); a request saying neither (a client other than a
     * browser, or an old one) is judged by its token alone.
     */
    static boolean sameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        String origin = ctx.header("Origin");
        if (site != null && site.equalsIgnoreCase("cross-site")) return false;
        if (origin != null) return sameOrigin(origin, ctx.scheme(), ctx.host());
        return site == null || site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none");
    }

    static boolean sameOrigin(String origin, String scheme, String host) {
        if (host == null || scheme == null) return false;
        try {
            URI sent = new URI(origin.strip());
            URI own = new URI(scheme + "://" + host);
            if (sent.getHost() == null
                    || own.getHost() == null
                    || sent.getRawPath() != null && !sent.getRawPath().isEmpty()) {
                return false;
            }
            return sent.getScheme().equalsIgnoreCase(own.getScheme())
                    && sent.getHost().equalsIgnoreCase(own.getHost())
                    && port(sent) == port(own);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return false; // "null", or not an origin at all
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Optional<String> sessionSecret(Context ctx) {
        Object binding = ctx.attribute(BINDING);
        if (!(binding instanceof SessionSecrets secrets)) return Optional.empty();
        return secrets.of(ctx).filter(s -> !s.isEmpty());
    }

    private static String preSession(Context ctx) {
        Object made = ctx.attribute(PRE_SESSION);
        if (made instanceof String s) return s;
        String value = ctx.cookie(cookieName(ctx));
        return value == null || value.length() < 32 ? null : value;
    }

    private static String cookieName(Context ctx) {
        return ctx.req().isSecure() ? HTTPS_COOKIE : HTTP_COOKIE;
    }

    /** HMAC-SHA256 keyed by the secret, over what the token is for; kinds never share a token. */
    static String mac(String secret, String kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] tag = mac.doFinal(("cerulean-csrf-v1 " + kind).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
