package dev.cerulean.core.subscription;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import java.time.Instant;

/** Work a person must do after a directory change (R13, R14), kept on the subscription. */
public record FollowUpItem(
        SubscriptionId subscription,
        Kind kind,
        String target,
        DirectoryId fromDirectory,
        DirectoryId toDirectory,
        Instant createdAt) {

    public enum Kind {
        /** The key vault keeps the old tenant id and is inaccessible until updated. */
        KeyVaultTenant,
        /** The system-assigned identity was disabled and must be re-enabled. */
        SystemAssignedIdentity,
        /** The user-assigned identity must be re-created. */
        UserAssignedIdentity,
        /** A work-account service administrator of the old directory lost access. */
        ServiceAdministratorLostAccess
    }
}
