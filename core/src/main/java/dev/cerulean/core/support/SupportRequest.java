package dev.cerulean.core.support;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.SubscriptionId;
import java.time.Instant;
import java.util.UUID;

/** A request for help ("Need help? Contact support"). {@code subscription} may be null. */
public record SupportRequest(
        UUID id,
        String subject,
        String description,
        Severity severity,
        SubscriptionId subscription,
        Identity author,
        String authorName,
        Status status,
        Instant createdAt) {

    public enum Severity {
        A,
        B,
        C
    }

    public enum Status {
        Open,
        Closed
    }
}
