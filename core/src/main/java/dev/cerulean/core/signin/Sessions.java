package dev.cerulean.core.signin;

import java.time.Instant;
import java.util.Optional;

/** Port: server-side sessions. */
public interface Sessions {
    void add(Session session);

    Optional<Session> byId(String id);

    void touch(String id, Instant lastSeenAt);

    void remove(String id);

    /** Removes every session expired at {@code now}; returns how many. */
    int removeExpired(Instant now);
}
