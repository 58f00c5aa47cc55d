package dev.cerulean.core.common;

import java.util.Optional;
import java.util.UUID;

public record ObjectId(UUID value) {
    public ObjectId {
        java.util.Objects.requireNonNull(value, "ObjectId");
    }

    public static ObjectId of(String text) {
        return new ObjectId(Guid.require(text, "ObjectId"));
    }

    public static Optional<ObjectId> parse(String text) {
        return Guid.parse(text).map(ObjectId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
