package dev.cerulean.server.identity;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import java.util.List;
import java.util.UUID;

/**
 * Whom a token is about, with every value its claims need: the tenant ({@code tid}) and object
 * ({@code oid}) it acts in, names, the identity provider ({@code idp}: {@code live.com} for
 * Microsoft accounts, the home tenant's issuer for guests, null for members), directory role
 * template ids ({@code wids}), Graph application roles for apps, and the home account
 * ({@code client_info}) for people.
 */
public record Subject(
        Caller caller,
        DirectoryId tenant,
        UUID objectId,
        String name,
        String upn,
        String uniqueName,
        String preferredUsername,
        String idp,
        boolean app,
        List<String> graphRoles,
        List<UUID> wids,
        UUID homeObjectId,
        DirectoryId homeTenant,
        List<String> groups) {
    /** {@code groups} is null when the token carries no group claim (the app did not ask for one). */
    public Subject {
        graphRoles = List.copyOf(graphRoles);
        wids = List.copyOf(wids);
        if (groups != null) groups = List.copyOf(groups);
    }

    public Subject withGroups(List<String> ids) {
        return new Subject(
                caller,
                tenant,
                objectId,
                name,
                upn,
                uniqueName,
                preferredUsername,
                idp,
                app,
                graphRoles,
                wids,
                homeObjectId,
                homeTenant,
                ids);
    }
}
