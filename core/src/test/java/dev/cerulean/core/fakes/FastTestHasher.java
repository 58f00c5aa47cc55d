package dev.cerulean.core.fakes;

import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fast salted SHA-256 for domain tests; production uses Argon2id from the store module. */
public final class FastTestHasher implements PasswordHasher {
    @Override
    public PasswordHash hash(String secret) {
        String salt = Long.toHexString(Double.doubleToLongBits(Math.random()));
        return new PasswordHash("test-sha256$" + salt + "$" + digest(salt, secret));
    }

    @Override
    public boolean verify(String secret, PasswordHash hash) {
        String[] p = hash.encoded().split("\\$");
        return p.length == 3
                && p[0].equals("test-sha256")
                && MessageDigest.isEqual(
                        digest(p[1], secret).getBytes(StandardCharsets.UTF_8), p[2].getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(String salt, String secret) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest((salt + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
