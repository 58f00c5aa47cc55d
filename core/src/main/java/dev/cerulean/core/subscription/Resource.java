package dev.cerulean.core.subscription;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;

/**
 * A resource. Only the parts that a directory change touches are modelled: a key vault's
 * tenant id, and managed identities (a VM's system-assigned one, or a user-assigned identity
 * resource). Any other kind is a plain record with both null.
 */
public record Resource(ResourceId id, String location, DirectoryId tenantId, ManagedIdentity identity) {

    public static final String KEY_VAULT = "Microsoft.KeyVault/vaults";
    public static final String VIRTUAL_MACHINE = "Microsoft.Compute/virtualMachines";
    public static final String USER_ASSIGNED_IDENTITY = "Microsoft.ManagedIdentity/userAssignedIdentities";

    /** A managed identity: its service principal in {@code tenantId}; disabled after a directory change. */
    public record ManagedIdentity(ObjectId principalId, DirectoryId tenantId, boolean enabled) {}

    public boolean isKeyVault() {
        return id.isType(KEY_VAULT);
    }

    public boolean isUserAssignedIdentity() {
        return id.isType(USER_ASSIGNED_IDENTITY);
    }

    public boolean hasSystemAssignedIdentity() {
        return identity != null && !isUserAssignedIdentity();
    }

    public Resource withIdentity(ManagedIdentity newIdentity) {
        return new Resource(id, location, tenantId, newIdentity);
    }
}
