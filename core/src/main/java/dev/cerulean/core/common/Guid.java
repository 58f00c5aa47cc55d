package dev.cerulean.core.common;

import java.util.Optional;
import java.util.UUID;

/** Parsing of the GUIDs that every Azure id is made of. */
public final class Guid {
    private Guid() {}

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The GUID in canonical 8-4-4-4-12 form, or empty for anything else. */
    public static Optional<UUID> parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) return Optional.empty();
        return Optional.of(UUID.fromString(text));
    }

    public static UUID require(String text, String what) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(what + " is not a GUID: " + text));
    }
}
