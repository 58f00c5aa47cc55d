package dev.cerulean.core.move;

import dev.cerulean.core.common.ObjectId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's decision, after checking the proposal of {@link ProposeMapping}: for each principal of
 * a plan, its counterpart in the destination ({@code targets}; a principal absent from it is
 * unmapped on purpose), and the plan's system-assigned identities to enable again ({@code reenable},
 * by their principal id in the plan). A re-enabled identity is a new service principal; the
 * assignments that named it are restored for the new one.
 */
public record MoveMapping(Map<ObjectId, ObjectId> targets, Set<ObjectId> reenable) {
    public static final MoveMapping NONE = new MoveMapping(Map.of(), Set.of());

    public MoveMapping {
        targets = Map.copyOf(targets);
        reenable = Set.copyOf(reenable);
    }

    public Optional<ObjectId> targetOf(ObjectId planPrincipal) {
        return Optional.ofNullable(targets.get(planPrincipal));
    }
}
