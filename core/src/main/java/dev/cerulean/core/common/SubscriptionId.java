package dev.cerulean.core.common;

import java.util.Optional;
import java.util.UUID;

public record SubscriptionId(UUID value) {
    public SubscriptionId {
        java.util.Objects.requireNonNull(value, "SubscriptionId");
    }

    public static SubscriptionId of(String text) {
        return new SubscriptionId(Guid.require(text, "SubscriptionId"));
    }

    public static Optional<SubscriptionId> parse(String text) {
        return Guid.parse(text).map(SubscriptionId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
