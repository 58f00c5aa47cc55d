package dev.cerulean.core.token;

import dev.cerulean.core.common.DirectoryId;
import java.time.Duration;
import java.time.Instant;

/**
 * A key that signs one directory's tokens, as JWK JSON (public part for the JWKS, private part
 * for signing). A key signs from {@code createdAt} until {@code notAfter} or until it is retired
 * (a rotation), whichever comes first; it stays published while tokens it signed may be live.
 */
public record SigningKey(
        String keyId,
        DirectoryId directory,
        String publicJwk,
        String privateJwk,
        Instant createdAt,
        Instant notAfter,
        Instant retiredAt) {

    /** When this key stopped (or will stop) signing. */
    public Instant stopsSigning() {
        return retiredAt != null && retiredAt.isBefore(notAfter) ? retiredAt : notAfter;
    }

    /** True when new tokens may be signed with it at {@code now}. */
    public boolean signsAt(Instant now) {
        return !now.isBefore(createdAt) && now.isBefore(stopsSigning());
    }

    /** True while a token it signed, living at most {@code longestToken}, may still be presented. */
    public boolean publishedAt(Instant now, Duration longestToken) {
        return now.isBefore(stopsSigning().plus(longestToken));
    }

    public SigningKey retired(Instant at) {
        return new SigningKey(keyId, directory, publicJwk, privateJwk, createdAt, notAfter, at);
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + ", " + directory + ", private key redacted, " + createdAt + ".." + stopsSigning()
                + "]";
    }
}
