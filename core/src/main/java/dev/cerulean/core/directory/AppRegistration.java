package dev.cerulean.core.directory;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import java.util.List;
import java.util.UUID;

/**
 * An application registered in a directory: its client id ({@code appId} in Graph), the object id
 * of the application object ({@code objectId}, Graph's application {@code id}), its service
 * principal ({@code servicePrincipal}, the object id that tokens and role assignments name), client
 * secrets (stored hashed), the Graph application roles granted to the service principal (e.g.
 * {@code Directory.ReadWrite.All}) and the users who own it.
 *
 * <p>{@code servicePrincipal} is null for an application created through Graph's
 * {@code POST /applications}, which (as in Entra ID) makes no service principal: such an app
 * cannot get tokens or be granted roles until {@code POST /servicePrincipals} makes one. Apps
 * registered by the portals, the command line and world files get their service principal at once,
 * as before.
 */
public record AppRegistration(
        UUID clientId,
        DirectoryId directory,
        ObjectId servicePrincipal,
        String displayName,
        List<ClientSecret> secrets,
        List<String> graphAppRoles,
        ObjectId objectId,
        List<ObjectId> owners,
        GroupClaims groupClaims) {
    /**
     * Entra's {@code groupMembershipClaims}: whether the tokens this app gets for a person (and its
     * own) carry the {@code groups} claim. {@code SecurityGroup} and {@code All} are the same here,
     * as Cerulean has security groups only.
     */
    public enum GroupClaims {
        None,
        SecurityGroup,
        All;

        public boolean wanted() {
            return this != None;
        }
    }

    public AppRegistration {
        secrets = List.copyOf(secrets);
        graphAppRoles = List.copyOf(graphAppRoles);
        owners = List.copyOf(owners);
        if (groupClaims == null) groupClaims = GroupClaims.None;
        if (objectId == null) throw new IllegalArgumentException("an application needs an object id");
    }

    /** An app whose tokens carry no group claims. */
    public AppRegistration(
            UUID clientId,
            DirectoryId directory,
            ObjectId servicePrincipal,
            String displayName,
            List<ClientSecret> secrets,
            List<String> graphAppRoles,
            ObjectId objectId,
            List<ObjectId> owners) {
        this(clientId, directory, servicePrincipal, displayName, secrets, graphAppRoles, objectId, owners, null);
    }

    /** The same app with another {@code groupMembershipClaims}. */
    public AppRegistration withGroupClaims(GroupClaims claims) {
        return new AppRegistration(
                clientId, directory, servicePrincipal, displayName, secrets, graphAppRoles, objectId, owners, claims);
    }

    /**
     * An app as registered before applications had object ids of their own: its object id is its
     * client id (what the V15 migration gives rows stored earlier), no owners.
     */
    public AppRegistration(
            UUID clientId,
            DirectoryId directory,
            ObjectId servicePrincipal,
            String displayName,
            List<ClientSecret> secrets,
            List<String> graphAppRoles) {
        this(
                clientId,
                directory,
                servicePrincipal,
                displayName,
                secrets,
                graphAppRoles,
                new ObjectId(clientId),
                List.of());
    }

    public boolean hasServicePrincipal() {
        return servicePrincipal != null;
    }

    public AppRegistration withDisplayName(String name) {
        return new AppRegistration(
                clientId, directory, servicePrincipal, name, secrets, graphAppRoles, objectId, owners, groupClaims);
    }

    public AppRegistration withSecrets(List<ClientSecret> all) {
        return new AppRegistration(
                clientId, directory, servicePrincipal, displayName, all, graphAppRoles, objectId, owners, groupClaims);
    }

    public AppRegistration withGraphAppRoles(List<String> roles) {
        return new AppRegistration(
                clientId, directory, servicePrincipal, displayName, secrets, roles, objectId, owners, groupClaims);
    }

    /** The app with this service principal (null: none; its Graph roles go with the old one). */
    public AppRegistration withServicePrincipal(ObjectId sp) {
        return new AppRegistration(
                clientId,
                directory,
                sp,
                displayName,
                secrets,
                sp == null ? List.of() : graphAppRoles,
                objectId,
                owners,
                groupClaims);
    }

    public AppRegistration withOwners(List<ObjectId> all) {
        return new AppRegistration(
                clientId, directory, servicePrincipal, displayName, secrets, graphAppRoles, objectId, all, groupClaims);
    }
}
