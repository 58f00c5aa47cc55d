package dev.cerulean.server.signin;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.signin.Sessions;
import dev.cerulean.core.signin.SignInDirectory;
import io.javalin.http.Context;
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
 * Browser sessions: the cookie {@value #COOKIE} carries a random 256-bit value; the database
 * keeps only its SHA-256 (the {@link Session#id()}), so a copy of the database signs nobody in.
 * The cookie is HttpOnly, SameSite=Lax, Secure when served over HTTPS, for the whole host (one
 * cookie for every port of a host). A new session (new value) at every sign-in; idle and
 * absolute expiry per {@link SessionSettings}.
 */
public final class WebSessions {
    public static final String COOKIE = "cerulean_session";
    private static final String CURRENT = WebSessions.class.getName() + ".current";
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
        String value = ctx.cookie(COOKIE);
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
        return Optional.of(session);
    }

    /** Signs the browser in as {@code caller}: any session it had ends, and a new one (with a new cookie value) begins. */
    public Session start(Context ctx, Caller caller) {
        String old = ctx.cookie(COOKIE);
        if (old != null && !old.isEmpty()) sessions.remove(hash(old));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Session session = new Session(hash(value), caller, now, now, now.plus(settings.absolute()));
        sessions.add(session);
        setCookie(ctx, value);
        ctx.attribute(CURRENT, session);
        return session;
    }

    /** Signs the browser out: its session is removed from the database and the cookie cleared. */
    public void end(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value != null && !value.isEmpty()) sessions.remove(hash(value));
        ctx.attribute(CURRENT, null);
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

    private static void setCookie(Context ctx, String value) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" + secure(ctx));
    }

    private static void clearCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax"
                + secure(ctx));
    }

    static String secure(Context ctx) {
        return ctx.req().isSecure() ? "; Secure" : "";
    }
}
