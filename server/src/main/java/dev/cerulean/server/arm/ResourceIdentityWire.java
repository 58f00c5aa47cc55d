package dev.cerulean.server.arm;

import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.resource.ReadResources;
import dev.cerulean.core.subscription.Resource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ARM's {@code identity} block of a resource that carries managed identities, as every answer that
 * shows a resource writes it: its system-assigned identity ({@code principalId}, {@code tenantId})
 * and each attached user-assigned identity with its principal and client ids.
 */
record ResourceIdentityWire(
        String type, String principalId, String tenantId, Map<String, UserIdentity> userAssignedIdentities) {

    record UserIdentity(String principalId, String clientId) {}

    /** The block of {@code r}, or null for a resource with no identity (a user-assigned identity's own is its properties). */
    static ResourceIdentityWire of(Resource r, ReadResources read) {
        Resource.ManagedIdentity mi = r.isUserAssignedIdentity() ? null : r.identity();
        if (mi == null && r.userAssignedIdentities().isEmpty()) return null;
        Map<String, UserIdentity> attached = null;
        if (!r.userAssignedIdentities().isEmpty()) {
            var identities = read.identitiesOf(r.userAssignedIdentities());
            attached = new LinkedHashMap<>();
            for (ResourceId id : r.userAssignedIdentities()) {
                Resource.ManagedIdentity uai = identities.get(id);
                // a deleted identity stays named, without ids, as ARM keeps naming it
                attached.put(
                        id.toString(),
                        uai == null
                                ? new UserIdentity(null, null)
                                : new UserIdentity(String.valueOf(uai.principalId()), String.valueOf(uai.clientId())));
            }
        }
        String type = mi != null && attached != null
                ? "SystemAssigned, UserAssigned"
                : mi != null ? "SystemAssigned" : "UserAssigned";
        return new ResourceIdentityWire(
                type,
                mi == null ? null : String.valueOf(mi.principalId()),
                mi == null ? null : String.valueOf(mi.tenantId()),
                attached);
    }
}
