package dev.cerulean.core.common;

import java.util.Optional;
import java.util.UUID;

public record RoleDefinitionId(UUID value) {
    public RoleDefinitionId {
        java.util.Objects.requireNonNull(value, "RoleDefinitionId");
    }

    public static RoleDefinitionId of(String text) {
        return new RoleDefinitionId(Guid.require(text, "RoleDefinitionId"));
    }

    public static Optional<RoleDefinitionId> parse(String text) {
        return Guid.parse(text).map(RoleDefinitionId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
