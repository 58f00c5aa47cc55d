package dev.cerulean.core.common;

import java.util.Optional;
import java.util.UUID;

public record DirectoryId(UUID value) {
    public DirectoryId {
        java.util.Objects.requireNonNull(value, "DirectoryId");
    }

    public static DirectoryId of(String text) {
        return new DirectoryId(Guid.require(text, "DirectoryId"));
    }

    public static Optional<DirectoryId> parse(String text) {
        return Guid.parse(text).map(DirectoryId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
