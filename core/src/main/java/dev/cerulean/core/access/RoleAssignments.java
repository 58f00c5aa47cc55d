package dev.cerulean.core.access;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Optional;

/** Port: role assignments. */
public interface RoleAssignments {
    void add(RoleAssignment assignment);

    /** Adds many, in order, as {@link #add} does; a store writes them in batches (world loading, restore). */
    default void addAll(List<RoleAssignment> assignments) {
        assignments.forEach(this::add);
    }

    void remove(RoleAssignmentId id);

    Optional<RoleAssignment> byId(RoleAssignmentId id);

    /** Which of {@code ids} name a stored assignment, anywhere (a store asks in a few queries). */
    default java.util.Set<RoleAssignmentId> existingIds(java.util.Collection<RoleAssignmentId> ids) {
        java.util.Set<RoleAssignmentId> taken = new java.util.HashSet<>();
        for (RoleAssignmentId id : ids) if (byId(id).isPresent()) taken.add(id);
        return taken;
    }

    /** Every assignment at the subscription's scope or below it. */
    List<RoleAssignment> of(SubscriptionId subscription);

    int countOf(SubscriptionId subscription);

    /** Assignments at the root scope of a directory (R29). */
    List<RoleAssignment> atRoot(DirectoryId directory);

    List<RoleAssignment> ofPrincipal(ObjectId principal);

    void removeAll(SubscriptionId subscription);
}
