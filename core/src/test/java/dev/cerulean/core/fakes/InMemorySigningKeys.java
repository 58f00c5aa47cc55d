package dev.cerulean.core.fakes;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.token.SigningKey;
import dev.cerulean.core.token.SigningKeys;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySigningKeys implements SigningKeys {
    private static final Comparator<SigningKey> OLDEST_FIRST =
            Comparator.comparing(SigningKey::createdAt).thenComparing(SigningKey::keyId);
    private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

    @Override
    public void add(SigningKey key) {
        if (keys.putIfAbsent(key.keyId(), key) != null) throw new IllegalStateException("duplicate key id");
    }

    @Override
    public Optional<SigningKey> byKeyId(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public List<SigningKey> ofDirectory(DirectoryId directory) {
        return keys.values().stream()
                .filter(k -> k.directory().equals(directory))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public List<SigningKey> all() {
        return keys.values().stream().sorted(OLDEST_FIRST).toList();
    }

    @Override
    public void retire(String keyId, Instant at) {
        keys.computeIfPresent(keyId, (id, k) -> k.retiredAt() == null ? k.retired(at) : k);
    }

    @Override
    public int removeStoppedBefore(Instant before) {
        int count = keys.size();
        keys.values()
                .removeIf(k -> k.notAfter().isBefore(before)
                        || (k.retiredAt() != null && k.retiredAt().isBefore(before)));
        return count - keys.size();
    }
}
