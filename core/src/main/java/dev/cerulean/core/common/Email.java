package dev.cerulean.core.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An email address or user principal name, compared case-insensitively (kept lower-case). */
public record Email(String value) {
    private static final Pattern FORM = Pattern.compile(
            "[a-z0-9._%+'#-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public Email {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an email address: " + value);
        }
    }

    public static Optional<Email> parse(String text) {
        if (text == null) return Optional.empty();
        String lower = text.trim().toLowerCase(Locale.ROOT);
        return FORM.matcher(lower).matches() ? Optional.of(new Email(lower)) : Optional.empty();
    }

    public static Email of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an email address: " + text));
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
