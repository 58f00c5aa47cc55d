package dev.cerulean.core.fakes;

import dev.cerulean.core.token.RefreshToken;
import dev.cerulean.core.token.RefreshTokens;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryRefreshTokens implements RefreshTokens {
    private final Map<String, RefreshToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void add(RefreshToken token) {
        if (tokens.putIfAbsent(token.hash(), token) != null) throw new IllegalStateException("duplicate refresh token");
    }

    @Override
    public Optional<RefreshToken> byHash(String hash) {
        return Optional.ofNullable(tokens.get(hash));
    }

    @Override
    public synchronized boolean revoke(String hash, Instant at) {
        RefreshToken t = tokens.get(hash);
        if (t == null || t.revokedAt() != null) return false;
        tokens.put(hash, revoked(t, at));
        return true;
    }

    @Override
    public synchronized int revokeFamily(String family, Instant at) {
        int n = 0;
        for (RefreshToken t : java.util.List.copyOf(tokens.values())) {
            if (t.family().equals(family) && t.revokedAt() == null) {
                tokens.put(t.hash(), revoked(t, at));
                n++;
            }
        }
        return n;
    }

    private static RefreshToken revoked(RefreshToken t, Instant at) {
        return new RefreshToken(
                t.hash(), t.caller(), t.clientId(), t.scopes(), t.issuedAt(), t.expiresAt(), at, t.family());
    }

    @Override
    public int removeExpired(Instant now) {
        int count = tokens.size();
        tokens.values().removeIf(t -> !now.isBefore(t.expiresAt()));
        return count - tokens.size();
    }
}
