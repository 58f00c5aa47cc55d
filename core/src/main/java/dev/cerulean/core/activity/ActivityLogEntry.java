package dev.cerulean.core.activity;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import java.time.Instant;
import java.util.UUID;

/**
 * One change, as the activity log shows it: {@code operation} is an ARM operation name such as
 * {@code Microsoft.Subscription/updateTenant/action}; {@code subscription} and {@code directory}
 * say whose log it belongs to (either may be null).
 */
public record ActivityLogEntry(
        UUID id,
        Instant at,
        String caller,
        String operation,
        String target,
        Status status,
        String correlationId,
        String message,
        SubscriptionId subscription,
        DirectoryId directory) {

    public enum Status {
        Succeeded,
        Failed
    }
}
