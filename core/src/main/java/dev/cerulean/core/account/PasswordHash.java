package dev.cerulean.core.account;

/** A password or secret as stored: an encoded hash (e.g. PHC string of Argon2id), never the secret. */
public record PasswordHash(String encoded) {
    public PasswordHash {
        if (encoded == null || encoded.isBlank()) throw new IllegalArgumentException("empty hash");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
