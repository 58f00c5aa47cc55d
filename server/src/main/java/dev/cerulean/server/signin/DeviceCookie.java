package dev.cerulean.server.signin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The browser's device cookie, by which smart lockout knows a familiar browser: a random 256-bit
 * value set at the first successful sign-in and kept for 90 days; the server keeps only its SHA-256
 * (with the names it signed in). HttpOnly, SameSite=Lax; on HTTPS {@code __Host-} prefixed and
 * Secure, so that no other site or subdomain can plant it.
 */
final class DeviceCookie {
    static final String NAME = "cerulean_device";
    static final String SECURE_NAME = "__Host-" + NAME;
    private static final int MAX_AGE_SECONDS = 90 * 24 * 3600;
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The browser's device: its cookie value (a new one when it had none), and whether to set it. */
    record Device(String value, boolean isNew) {
        String hash() {
            return WebSessions.hash(value);
        }

        /** Sets the cookie after a successful sign-in (only when the browser did not have it yet). */
        void keep(Context ctx) {
            if (!isNew) return;
            boolean secure = ctx.req().isSecure();
            // name, value, path, max age, secure, HttpOnly, domain (none: host-only), SameSite
            ctx.cookie(new Cookie(
                    secure ? SECURE_NAME : NAME, value, "/", MAX_AGE_SECONDS, secure, true, null, SameSite.LAX));
        }
    }

    private DeviceCookie() {}

    static Device of(Context ctx) {
        String value = ctx.cookie(ctx.req().isSecure() ? SECURE_NAME : NAME);
        if (value != null && VALUE.matcher(value).matches()) return new Device(value, false);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new Device(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
    }
}
