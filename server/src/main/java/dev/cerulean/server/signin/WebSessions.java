package dev.cerulean.server.signin;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.signin.Sessions;
import dev.cerulean.core.signin.SignInDirectory;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
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
    private final Sessions sessions;
    private final SignInDirectory directories;
    private final Clock clock;
    private final SessionSettings settings;
    private final SecureRandom random = new SecureRandom();

    public WebSessions(Sessions sessions, SignInDirectory directories, Clock clock, SessionSettings settings) {
        this.sessions = sessions;
        this.directories = directories;
        this.clock = clock;
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
        String id = hash(value);
        Optional<Session> found = sessions.byId(id);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().liveAt(now, settings.idle()) || !directories.stillActs(found.get().caller())) {
            if (found.isPresent()) sessions.remove(id);
            clearCookie(ctx);
            return Optional.empty();
        }
        Session session = found.get();
        if (!now.isBefore(session.lastSeenAt().plus(settings.touchEvery()))) {
            sessions.touch(id, now);
            session = new Session(session.id(), session.caller(), session.createdAt(), now, session.expiresAt());
        }
        ctx.attribute(CURRENT, session);
        ctx.attribute(SECRET, value);
        return Optional.of(session);
    }

    /** The cookie value of this request's live session (begun in this request, or sent by the browser). */
    public Optional<String> secret(Context ctx) {
        if (current(ctx).isEmpty()) return Optional.empty();
        return Optional.ofNullable(ctx.attribute(SECRET));
    }

    /** Signs the browser in as {@code caller}: any session it had ends, and a new one (with a new cookie value) begins. */
    public Session start(Context ctx, Caller caller) {
        String old = ctx.cookie(cookieName(ctx));
        if (old != null && !old.isEmpty()) sessions.remove(hash(old));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Session session = new Session(hash(value), caller, now, now, now.plus(settings.absolute()));
        sessions.add(session);
        setCookie(ctx, value);
        ctx.attribute(CURRENT, session);
        ctx.attribute(SECRET, value);
        return session;
    }

    /** Signs the browser out: its session is removed from the database and the cookie cleared. */
    public void end(Context ctx) {
        String value = ctx.cookie(cookieName(ctx));
        if (value != null && !value.isEmpty()) sessions.remove(hash(value));
        ctx.attribute(CURRENT, null);
        ctx.attribute(SECRET, null);
        clearCookie(ctx);
    }

    /**
     * R31: switching directory is a silent new sign-in of the same person through {@code target};
     * empty (and the current session kept) when there is no session or the person is not in it.
     */
    public Optional<Session> switchDirectory(Context ctx, DirectoryId target) {
        return current(ctx).flatMap(s -> directories.switchTo(s.caller(), target)).map(caller -> start(ctx, caller));
    }

    static String hash(String cookieValue) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cookieValue.getBytes(StandardCharsets.US_ASCII));
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
