package dev.cerulean.server.signin;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.signin.BrowserSessions;
import dev.cerulean.core.signin.Session;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Browser sessions: the cookie carries a random 256-bit value; the database keeps only its SHA-256
 * (the {@link Session#id()}), so a copy of the database signs nobody in. The cookie is HttpOnly and
 * SameSite=Lax. HTTP and HTTPS sessions are apart: {@value #COOKIE} over HTTP,
 * {@value #SECURE_COOKIE} over HTTPS (Secure, Path=/, no Domain: no plain-HTTP page can set or
 * read it). A new session (new value) at every sign-in; idle and absolute expiry per
 * {@link SessionSettings}. The value is also the key of the session's CSRF tokens ({@link #secret}).
 */
public final class WebSessions {
    public static final String COOKIE = "cerulean_session";
    public static final String SECURE_COOKIE = "__Host-cerulean_session";
    private static final String CURRENT = WebSessions.class.getName() + ".current";
    private static final String SECRET = WebSessions.class.getName() + ".secret";
    private final BrowserSessions sessions;
    private final SessionSettings settings;
    private final SecureRandom random = new SecureRandom();

    public WebSessions(BrowserSessions sessions, SessionSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    public SessionSettings settings() {
        return settings;
    }

    /** The live session of this request's browser; an expired one is removed and its cookie cleared. */
    public Optional<Session> current(Context ctx) {
        Object cached = ctx.attribute(CURRENT);
        if (cached instanceof Session s) return Optional.of(s);
        String value = ctx.cookie(cookieName(ctx));
        if (value == null || value.isEmpty()) return Optional.empty();
        Optional<Session> found = sessions.current(hash(value), settings.idle(), settings.touchEvery());
        if (found.isEmpty()) {
            clearCookie(ctx);
            return Optional.empty();
        }
        ctx.attribute(CURRENT, found.get());
        ctx.attribute(SECRET, value);
        return found;
    }

    /** The cookie value of this request's live session (begun in this request, or sent by the browser). */
    public Optional<String> secret(Context ctx) {
        if (current(ctx).isEmpty()) return Optional.empty();
        return Optional.ofNullable(ctx.attribute(SECRET));
    }

    /** Signs the browser in as {@code caller}: any session it had ends, and a new one (with a new cookie value) begins. */
    public Session start(Context ctx, Caller caller) {
        String old = ctx.cookie(cookieName(ctx));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Session session = sessions.start(
                hash(value), caller, settings.absolute(), old == null || old.isEmpty() ? null : hash(old));
        setCookie(ctx, value);
        ctx.attribute(CURRENT, session);
        ctx.attribute(SECRET, value);
        return session;
    }

    /** Signs the browser out: its session is removed from the database and the cookie cleared. */
    public void end(Context ctx) {
        String value = ctx.cookie(cookieName(ctx));
        if (value != null && !value.isEmpty()) sessions.end(hash(value));
        ctx.attribute(CURRENT, null);
        ctx.attribute(SECRET, null);
        clearCookie(ctx);
    }

    /**
     * R31: switching directory is a silent new sign-in of the same person through {@code target};
     * empty (and the current session kept) when there is no session or the person is not in it.
     */
    public Optional<Session> switchDirectory(Context ctx, DirectoryId target) {
        return current(ctx).flatMap(s -> sessions.switchTo(s.caller(), target)).map(caller -> start(ctx, caller));
    }

    static String hash(String cookieValue) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(cookieValue.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The session cookie's name for this request's scheme. */
    public static String cookieName(Context ctx) {
        return ctx.req().isSecure() ? SECURE_COOKIE : COOKIE;
    }

    private static void setCookie(Context ctx, String value) {
        ctx.cookie(cookie(ctx, value, -1));
    }

    private static void clearCookie(Context ctx) {
        ctx.cookie(cookie(ctx, "", 0));
    }

    /** Path=/ and no Domain, as a {@code __Host-} cookie must have; maxAge -1: until the browser closes. */
    private static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(cookieName(ctx), value, "/", maxAge, ctx.req().isSecure(), true, null, SameSite.LAX);
    }
}
