package dev.cerulean.server.portal.azure;

import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.server.portal.classic.PortalUseCases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The principals Access control names and offers, read through the core's use cases: users,
 * groups and service principals of the subscription's directory, and the managed identities of
 * the subscription's resources (service principals too, told apart by their resource).
 */
final class Principals {
    /** The four kinds of member the Add role assignment page offers, in its order. */
    static final List<String> KINDS = List.of("User", "Group", "ServicePrincipal", "ManagedIdentity");

    private static final int MOST = 500;

    /** A principal as the pages show it: {@code detail} is the sign-in name, app id or resource. */
    record Named(ObjectId id, String name, String detail, String kind) {}

    private final PortalUseCases uses;

    Principals(PortalUseCases uses) {
        this.uses = uses;
    }

    /** The subscription's managed identities by principal id, named by their resource. */
    Map<ObjectId, String> identities(Caller caller, SubscriptionId subscription) {
        Map<ObjectId, String> out = new LinkedHashMap<>();
        var listed = uses.resources().list(caller, subscription, null);
        if (!listed.isOk()) return out;
        for (Resource r : listed.orThrow()) {
            if (r.identity() != null && r.identity().enabled())
                out.put(r.identity().principalId(), r.id().name());
        }
        return out;
    }

    /** A principal's kind as the pages filter by it, without looking the principal up. */
    static String kindOf(ObjectId id, PrincipalType type, Map<ObjectId, String> identities) {
        return identities.containsKey(id) ? "ManagedIdentity" : type.name();
    }

    Named describe(DirectoryId directory, ObjectId id, PrincipalType type, Map<ObjectId, String> identities) {
        if (identities.containsKey(id)) return new Named(id, identities.get(id), id.toString(), "ManagedIdentity");
        return switch (type) {
            case User ->
                uses.directories()
                        .user(directory, id)
                        .map(u -> new Named(id, u.displayName(), u.userPrincipalName(), "User"))
                        .orElse(new Named(id, null, id.toString(), "User"));
            case Group ->
                uses.groups()
                        .group(directory, id)
                        .map(g -> new Named(id, g.displayName(), g.mailNickname(), "Group"))
                        .orElse(new Named(id, null, id.toString(), "Group"));
            case ServicePrincipal ->
                uses.directories()
                        .servicePrincipal(directory, id)
                        .map(a -> new Named(id, a.displayName(), a.clientId().toString(), "ServicePrincipal"))
                        .orElse(new Named(id, null, id.toString(), "ServicePrincipal"));
        };
    }

    /** The members of one kind that can be given a role on the subscription, by name. */
    List<Named> candidates(String kind, DirectoryId directory, Map<ObjectId, String> identities) {
        return switch (kind) {
            case "Group" ->
                uses.groups().page(directory, GroupFilter.ALL, 0, MOST).stream()
                        .map(g -> new Named(g.id(), g.displayName(), g.mailNickname(), kind))
                        .toList();
            case "ServicePrincipal" ->
                uses.directories().applicationsPage(directory, AppFilter.SERVICE_PRINCIPALS, 0, MOST).stream()
                        .map(a -> new Named(
                                a.servicePrincipal(),
                                a.displayName(),
                                a.clientId().toString(),
                                kind))
                        .toList();
            case "ManagedIdentity" ->
                identities.entrySet().stream()
                        .map(e -> new Named(e.getKey(), e.getValue(), e.getKey().toString(), kind))
                        .toList();
            default ->
                uses.directories().usersPage(directory, 0, MOST).stream()
                        .map(u -> new Named(u.id(), u.displayName(), u.userPrincipalName(), "User"))
                        .toList();
        };
    }
}
