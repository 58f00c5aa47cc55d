package dev.cerulean.core.token;

import dev.cerulean.core.common.DirectoryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the token-signing keys of every directory, retired ones included until they are removed. */
public interface SigningKeys {
    void add(SigningKey key);

    Optional<SigningKey> byKeyId(String keyId);

    /** Every key of the directory, oldest first. */
    List<SigningKey> ofDirectory(DirectoryId directory);

    /** Every key of every directory, oldest first. */
    List<SigningKey> all();

    /** Marks the key as no longer signing from {@code at}; a retired key is not retired again. */
    void retire(String keyId, Instant at);

    /** Removes every key that stopped signing before {@code before}; returns how many. */
    int removeStoppedBefore(Instant before);
}
