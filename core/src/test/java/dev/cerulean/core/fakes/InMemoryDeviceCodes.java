package dev.cerulean.core.fakes;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.token.DeviceCode;
import dev.cerulean.core.token.DeviceCodes;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryDeviceCodes implements DeviceCodes {
    private final Map<String, DeviceCode> codes = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(DeviceCode code) {
        if (codes.containsKey(code.hash()) || byUserCode(code.userCode()).isPresent()) {
            throw new IllegalStateException("duplicate device or user code");
        }
        codes.put(code.hash(), code);
    }

    @Override
    public Optional<DeviceCode> byHash(String hash) {
        return Optional.ofNullable(codes.get(hash));
    }

    @Override
    public Optional<DeviceCode> byUserCode(String userCode) {
        return codes.values().stream()
                .filter(c -> c.userCode().equalsIgnoreCase(userCode))
                .findFirst();
    }

    @Override
    public synchronized boolean decide(String userCode, DeviceCode.State decision, Caller caller) {
        Optional<DeviceCode> found = byUserCode(userCode).filter(c -> c.state() == DeviceCode.State.Pending);
        if (found.isEmpty()) return false;
        DeviceCode c = found.get();
        codes.put(
                c.hash(),
                new DeviceCode(
                        c.hash(),
                        c.userCode(),
                        c.clientId(),
                        c.tenant(),
                        c.scopes(),
                        c.createdAt(),
                        c.expiresAt(),
                        c.intervalSeconds(),
                        decision,
                        caller));
        return true;
    }

    @Override
    public Optional<DeviceCode> take(String hash) {
        return Optional.ofNullable(codes.remove(hash));
    }

    @Override
    public int removeExpired(Instant now) {
        int count = codes.size();
        codes.values().removeIf(c -> c.expiredAt(now));
        return count - codes.size();
    }

    private final Map<String, Instant> polls = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Optional<Instant> polled(String hash, Instant at) {
        if (!codes.containsKey(hash)) return Optional.empty();
        return Optional.ofNullable(polls.put(hash, at));
    }
}
