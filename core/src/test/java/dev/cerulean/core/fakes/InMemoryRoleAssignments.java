package dev.cerulean.core.fakes;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryRoleAssignments implements RoleAssignments {
    private final Map<RoleAssignmentId, RoleAssignment> all = new ConcurrentHashMap<>();

    @Override
    public void add(RoleAssignment assignment) {
        if (all.putIfAbsent(assignment.id(), assignment) != null)
            throw new IllegalStateException("duplicate assignment");
    }

    @Override
    public void remove(RoleAssignmentId id) {
        all.remove(id);
    }

    @Override
    public Optional<RoleAssignment> byId(RoleAssignmentId id) {
        return Optional.ofNullable(all.get(id));
    }

    @Override
    public List<RoleAssignment> of(SubscriptionId subscription) {
        return all.values().stream()
                .filter(a -> subscription.equals(a.scope().subscription()))
                .toList();
    }

    @Override
    public int countOf(SubscriptionId subscription) {
        return of(subscription).size();
    }

    @Override
    public List<RoleAssignment> atRoot(DirectoryId directory) {
        return all.values().stream()
                .filter(a ->
                        a.scope().level() == Scope.Level.ROOT && a.directory().equals(directory))
                .toList();
    }

    @Override
    public List<RoleAssignment> ofPrincipal(ObjectId principal) {
        return all.values().stream()
                .filter(a -> a.principalId().equals(principal))
                .toList();
    }

    @Override
    public void removeAll(SubscriptionId subscription) {
        all.values().removeIf(a -> subscription.equals(a.scope().subscription()));
    }
}
