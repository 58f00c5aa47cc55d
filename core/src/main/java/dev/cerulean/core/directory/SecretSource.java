package dev.cerulean.core.directory;

import java.security.SecureRandom;

/** Makes new client secrets; injected so that tests can know the secret they get. */
public interface SecretSource {
    String newSecret();

    /** 40 characters from a cryptographically strong generator (about 238 bits), as Azure's are. */
    static SecretSource secureRandom() {
        SecureRandom random = new SecureRandom();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-";
        return () -> {
            StringBuilder s = new StringBuilder(40);
            for (int i = 0; i < 40; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            return s.toString();
        };
    }
}
