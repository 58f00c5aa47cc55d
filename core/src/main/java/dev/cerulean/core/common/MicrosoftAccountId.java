package dev.cerulean.core.common;

import java.util.Optional;
import java.util.UUID;

public record MicrosoftAccountId(UUID value) {
    public MicrosoftAccountId {
        java.util.Objects.requireNonNull(value, "MicrosoftAccountId");
    }

    public static MicrosoftAccountId of(String text) {
        return new MicrosoftAccountId(Guid.require(text, "MicrosoftAccountId"));
    }

    public static Optional<MicrosoftAccountId> parse(String text) {
        return Guid.parse(text).map(MicrosoftAccountId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
