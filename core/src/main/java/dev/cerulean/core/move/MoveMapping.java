package dev.cerulean.core.move;

import dev.cerulean.core.common.ObjectId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's decision, after checking the proposal of {@link ProposeMapping}: for each principal of
 * a plan, its counterpart in the destination ({@code targets}; a principal absent from it is
 * unmapped on purpose), the plan's system-assigned identities to enable again ({@code reenable})
 * and its user-assigned identities to re-create ({@code recreate}), both by their principal id in
 * the plan, and for each of the plan's co-administrators (by email, whatever its case) the user of
 * the destination to name co-administrator again ({@code coAdministrators}). A re-enabled or
 * re-created identity is a new service principal; the assignments that named it are restored for
 * the new one.
 */
public record MoveMapping(
        Map<ObjectId, ObjectId> targets,
        Set<ObjectId> reenable,
        Set<ObjectId> recreate,
        Map<String, ObjectId> coAdministrators) {
    public static final MoveMapping NONE = new MoveMapping(Map.of(), Set.of());

    public MoveMapping {
        targets = Map.copyOf(targets);
        reenable = Set.copyOf(reenable);
        recreate = Set.copyOf(recreate);
        Map<String, ObjectId> byEmail = new HashMap<>();
        coAdministrators.forEach((email, target) -> byEmail.put(key(email), target));
        coAdministrators = Map.copyOf(byEmail);
    }

    /** Principals and system-assigned identities only (a mapping as its first format had it). */
    public MoveMapping(Map<ObjectId, ObjectId> targets, Set<ObjectId> reenable) {
        this(targets, reenable, Set.of(), Map.of());
    }

    public Optional<ObjectId> targetOf(ObjectId planPrincipal) {
        return Optional.ofNullable(targets.get(planPrincipal));
    }

    /** The user a co-administrator of the plan is mapped to, if any. */
    public Optional<ObjectId> coAdministratorTarget(String email) {
        return Optional.ofNullable(coAdministrators.get(key(email)));
    }

    static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
