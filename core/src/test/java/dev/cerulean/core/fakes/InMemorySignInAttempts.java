package dev.cerulean.core.fakes;

import dev.cerulean.core.signin.SignInAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keys longer than the stores' 400 characters are refused, as the stores refuse them. */
public final class InMemorySignInAttempts implements SignInAttempts {
    private static final int MAX_KEY = 400;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> devices = new ConcurrentHashMap<>();

    @Override
    public Failures failures(String key) {
        return failures.getOrDefault(key, Failures.NONE);
    }

    @Override
    public synchronized Failures recordFailure(String key, Instant at, Duration window) {
        fits(key);
        Failures f = failures(key);
        boolean restart = f.count() == 0 || f.windowStart().isBefore(at.minus(window));
        Failures after = new Failures(
                restart ? 1 : f.count() + 1, restart ? at : f.windowStart(), at, f.lockouts(), f.lockedUntil());
        failures.put(key, after);
        return after;
    }

    @Override
    public synchronized void lock(String key, Instant until, int lockouts) {
        Failures f = failures(key);
        failures.put(key, new Failures(0, f.last(), f.last(), lockouts, until));
    }

    @Override
    public void clear(String key) {
        failures.remove(key);
    }

    @Override
    public synchronized int forgetIdleSince(Instant before) {
        Set<String> idle = new java.util.HashSet<>();
        failures.forEach((k, f) -> {
            if (f.last().isBefore(before) && !f.lockedUntil().isAfter(before)) idle.add(k);
        });
        idle.forEach(failures::remove);
        return idle.size();
    }

    @Override
    public boolean isFamiliarDevice(String device, String nameKey) {
        return devices.containsKey(device + " " + nameKey);
    }

    @Override
    public void rememberDevice(String device, String nameKey, Instant at) {
        fits(nameKey);
        devices.put(device + " " + nameKey, at);
    }

    private static void fits(String key) {
        if (key.length() > MAX_KEY) throw new IllegalArgumentException("key longer than " + MAX_KEY + " characters");
    }
}
