package dev.cerulean.core.signin;

import dev.cerulean.core.account.Caller;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in browser, kept server-side so that any node can serve any request. {@code id} is
 * the hash of the cookie's secret value, never the value itself. The caller says who signed in
 * and through which directory; switching directory replaces the session (R31).
 */
public record Session(String id, Caller caller, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {

    /** Live when neither idle for longer than {@code idle} nor past its absolute expiry. */
    public boolean liveAt(Instant now, Duration idle) {
        return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idle));
    }
}
