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

    void remove(RoleAssignmentId id);

    Optional<RoleAssignment> byId(RoleAssignmentId id);

    /** Every assignment at the subscription's scope or below it. */
    List<RoleAssignment> of(SubscriptionId subscription);

    int countOf(SubscriptionId subscription);

    /** Assignments at the root scope of a directory (R29). */
    List<RoleAssignment> atRoot(DirectoryId directory);

    List<RoleAssignment> ofPrincipal(ObjectId principal);

    void removeAll(SubscriptionId subscription);

    /** Adds each of {@code assignments} as {@link #add} does; stores write them in batches (world loading). */
    default void addAll(List<RoleAssignment> assignments) {
        assignments.forEach(this::add);
    }
}
