package dev.cerulean.core.subscription;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A resource. Only the parts that a directory change and managed identities touch are modelled:
 * a key vault's tenant id, a managed identity (a resource's system-assigned one, or the identity
 * of a user-assigned identity resource), the user-assigned identities attached to it (their
 * resource ids, in the order they were given) and the tags ARM answers. Any other kind is a plain
 * record with tenant id and identity null.
 */
public record Resource(
        ResourceId id,
        String location,
        DirectoryId tenantId,
        ManagedIdentity identity,
        Map<String, String> tags,
        List<ResourceId> userAssignedIdentities) {

    public static final String KEY_VAULT = "Microsoft.KeyVault/vaults";
    public static final String VIRTUAL_MACHINE = "Microsoft.Compute/virtualMachines";
    public static final String USER_ASSIGNED_IDENTITY = "Microsoft.ManagedIdentity/userAssignedIdentities";

    public Resource {
        // sorted, so that equal tags compare equal whatever order a store or a request gave them in
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
        userAssignedIdentities = userAssignedIdentities == null ? List.of() : List.copyOf(userAssignedIdentities);
    }

    public Resource(
            ResourceId id, String location, DirectoryId tenantId, ManagedIdentity identity, Map<String, String> tags) {
        this(id, location, tenantId, identity, tags, List.of());
    }

    public Resource(ResourceId id, String location, DirectoryId tenantId, ManagedIdentity identity) {
        this(id, location, tenantId, identity, Map.of());
    }

    /**
     * A managed identity: its service principal ({@code principalId}, what role assignments name)
     * in {@code tenantId}, and the client id tokens carry as {@code appid}; disabled after a
     * directory change.
     */
    public record ManagedIdentity(ObjectId principalId, DirectoryId tenantId, boolean enabled, UUID clientId) {
        public ManagedIdentity {
            java.util.Objects.requireNonNull(principalId, "principalId");
            if (clientId == null) clientId = derivedClientId(principalId);
        }

        /** An identity whose client id is derived from its principal id (worlds and data older than client ids). */
        public ManagedIdentity(ObjectId principalId, DirectoryId tenantId, boolean enabled) {
            this(principalId, tenantId, enabled, null);
        }

        /** The same identity, enabled or disabled. */
        public ManagedIdentity enabled(boolean on) {
            return new ManagedIdentity(principalId, tenantId, on, clientId);
        }

        /** A stable client id for an identity that has none of its own: name-based, from the principal id. */
        static UUID derivedClientId(ObjectId principalId) {
            return UUID.nameUUIDFromBytes(("managed-identity-client:" + principalId).getBytes(StandardCharsets.UTF_8));
        }
    }

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
        return new Resource(id, location, tenantId, newIdentity, tags, userAssignedIdentities);
    }

    /** The same resource with another tenant id (a key vault's, fixed after a directory change). */
    public Resource withTenantId(DirectoryId newTenantId) {
        return new Resource(id, location, newTenantId, identity, tags, userAssignedIdentities);
    }

    public Resource withTags(Map<String, String> newTags) {
        return new Resource(id, location, tenantId, identity, newTags, userAssignedIdentities);
    }

    /** The same resource with {@code identities} attached as its user-assigned identities. */
    public Resource withUserAssignedIdentities(List<ResourceId> identities) {
        return new Resource(id, location, tenantId, identity, tags, identities);
    }
}
