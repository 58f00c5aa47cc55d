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
        tokens.put(hash, new RefreshToken(t.hash(), t.caller(), t.clientId(), t.scopes(), t.issuedAt(), t.expiresAt(), at));
        return true;
    }

    @Override
    public int removeExpired(Instant now) {
        int count = tokens.size();
        tokens.values().removeIf(t -> !now.isBefore(t.expiresAt()));
        return count - tokens.size();
    }
}
