package dev.cerulean.core.account;

/** Hashes secrets for storage and checks them; the implementation lives outside the core. */
public interface PasswordHasher {
    PasswordHash hash(String secret);

    boolean verify(String secret, PasswordHash hash);
}
