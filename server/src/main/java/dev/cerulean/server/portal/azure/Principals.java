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

    /** Members a picker offers at once; a search narrows them. */
    static final int PICK = 50;

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

    /** The first members a picker offers, and how many the search finds in all. */
    record Candidates(List<Named> shown, int total) {}

    /**
     * The first {@value #PICK} members of one kind that can be given a role on the subscription, by
     * name, read in the store: users whose name, principal name or mail starts with {@code search},
     * groups whose name starts with it, service principals of that exact name (blank: all), managed
     * identities of the subscription whose resource name contains it.
     */
    Candidates candidates(String kind, DirectoryId directory, Map<ObjectId, String> identities, String search) {
        boolean all = search.isBlank();
        return switch (kind) {
            case "Group" -> {
                var filter = all
                        ? GroupFilter.ALL
                        : new GroupFilter(GroupFilter.Field.displayName, GroupFilter.Match.STARTS_WITH, search);
                yield new Candidates(
                        uses.groups().page(directory, filter, 0, PICK).stream()
                                .map(g -> new Named(g.id(), g.displayName(), g.mailNickname(), kind))
                                .toList(),
                        uses.groups().count(directory, filter));
            }
            case "ServicePrincipal" -> {
                var filter = all
                        ? AppFilter.SERVICE_PRINCIPALS
                        : AppFilter.SERVICE_PRINCIPALS.where(AppFilter.Property.displayName, search);
                yield new Candidates(
                        uses.directories().applicationsPage(directory, filter, 0, PICK).stream()
                                .map(a -> new Named(
                                        a.servicePrincipal(),
                                        a.displayName(),
                                        a.clientId().toString(),
                                        kind))
                                .toList(),
                        uses.directories().applicationCount(directory, filter));
            }
            case "ManagedIdentity" -> {
                String needle = search.toLowerCase(java.util.Locale.ROOT);
                List<Named> found = identities.entrySet().stream()
                        .filter(e ->
                                e.getValue().toLowerCase(java.util.Locale.ROOT).contains(needle))
                        .map(e -> new Named(e.getKey(), e.getValue(), e.getKey().toString(), kind))
                        .toList();
                yield new Candidates(found.stream().limit(PICK).toList(), found.size());
            }
            default ->
                new Candidates(
                        (all
                                        ? uses.directories().usersPage(directory, 0, PICK)
                                        : uses.directories().usersStartingWith(directory, search, 0, PICK))
                                .stream()
                                        .map(u -> new Named(u.id(), u.displayName(), u.userPrincipalName(), "User"))
                                        .toList(),
                        all
                                ? uses.directories().userCount(directory)
                                : uses.directories().userCountStartingWith(directory, search));
        };
    }
}
