package dev.cerulean.core.fakes;

import dev.cerulean.core.signin.Session;
import dev.cerulean.core.signin.Sessions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySessions implements Sessions {
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public void add(Session session) {
        if (sessions.putIfAbsent(session.id(), session) != null) throw new IllegalStateException("duplicate session");
    }

    @Override
    public Optional<Session> byId(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public void touch(String id, Instant lastSeenAt) {
        sessions.computeIfPresent(
                id, (k, s) -> new Session(s.id(), s.caller(), s.createdAt(), lastSeenAt, s.expiresAt()));
    }

    @Override
    public void remove(String id) {
        sessions.remove(id);
    }

    @Override
    public int removeExpired(Instant now) {
        int before = sessions.size();
        sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
        return before - sessions.size();
    }
}
