package dev.cerulean.core.account;

/** Hashes secrets for storage and checks them; the implementation lives outside the core. */
public interface PasswordHasher {
    /** @throws Busy when too many hashes are running and none could start in time */
    PasswordHash hash(String secret);

    /** @throws Busy when too many hashes are running and none could start in time */
    boolean verify(String secret, PasswordHash hash);

    /**
     * Hashing is bounded (each hash holds a large block of memory): none could start in time.
     * Nothing was decided; the adapters answer with their throttling error (try again shortly).
     */
    final class Busy extends RuntimeException {
        public Busy() {
            super("too many secrets are being hashed at once; try again shortly", null, false, false);
        }
    }
}
