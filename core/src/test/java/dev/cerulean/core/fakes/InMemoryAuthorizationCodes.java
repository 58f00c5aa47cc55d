package dev.cerulean.core.fakes;

import dev.cerulean.core.token.AuthorizationCode;
import dev.cerulean.core.token.AuthorizationCodes;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAuthorizationCodes implements AuthorizationCodes {
    private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

    @Override
    public void add(AuthorizationCode code) {
        if (codes.putIfAbsent(code.hash(), code) != null) throw new IllegalStateException("duplicate code");
    }

    @Override
    public Optional<AuthorizationCode> take(String hash) {
        return Optional.ofNullable(codes.remove(hash));
    }

    @Override
    public int removeExpired(Instant now) {
        int count = codes.size();
        codes.values().removeIf(c -> !now.isBefore(c.expiresAt()));
        return count - codes.size();
    }
}
