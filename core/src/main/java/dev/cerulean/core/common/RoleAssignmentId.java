package dev.cerulean.core.common;

import java.util.Optional;
import java.util.UUID;

public record RoleAssignmentId(UUID value) {
    public RoleAssignmentId {
        java.util.Objects.requireNonNull(value, "RoleAssignmentId");
    }

    public static RoleAssignmentId of(String text) {
        return new RoleAssignmentId(Guid.require(text, "RoleAssignmentId"));
    }

    public static Optional<RoleAssignmentId> parse(String text) {
        return Guid.parse(text).map(RoleAssignmentId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
