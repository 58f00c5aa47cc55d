package dev.cerulean.core.account;

import java.util.Optional;

/**
 * The name people see for an account, a directory or an application: trimmed, 1–256
 * characters, no control characters. Any script is welcome.
 */
public final class DisplayName {
    public static final int MAX_LENGTH = 256;

    private DisplayName() {}

    /** The trimmed name, or empty when it is blank, too long or holds control characters. */
    public static Optional<String> parse(String text) {
        if (text == null) return Optional.empty();
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) return Optional.empty();
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) return Optional.empty();
        return Optional.of(trimmed);
    }
}
