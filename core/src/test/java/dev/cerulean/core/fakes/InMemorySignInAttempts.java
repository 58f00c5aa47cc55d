package dev.cerulean.core.fakes;

import dev.cerulean.core.signin.SignInAttempts;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySignInAttempts implements SignInAttempts {
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Override
    public Failures failures(String key) {
        return failures.getOrDefault(key, Failures.NONE);
    }

    @Override
    public void recordFailure(String key, Instant at) {
        failures.merge(key, new Failures(1, at), (a, b) -> new Failures(a.count() + 1, at));
    }

    @Override
    public void clear(String key) {
        failures.remove(key);
    }
}
