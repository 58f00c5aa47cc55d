package dev.cerulean.core.move;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.MovePlan.PlannedPrincipal;
import java.util.List;

/**
 * Access before a directory change (the plan) and after it (the live state), per principal of the
 * plan: each role it held at each scope, and whether it holds it again — itself, or through its
 * counterpart of the mapping (a re-enabled identity's new principal counts as its counterpart).
 */
public record AccessDiff(SubscriptionId subscription, List<PrincipalAccess> principals) {
    public AccessDiff {
        principals = List.copyOf(principals);
    }

    /** How a role held before is held now. */
    public enum Regained {
        /** The same principal holds it. */
        DIRECTLY,
        /** The principal's counterpart holds it. */
        MAPPED,
        /** Nobody standing for the principal holds it. */
        MISSING
    }

    /** One role the principal held at one scope, by the plan's assignment, and how it is held now. */
    public record Access(
            RoleAssignmentId plannedAssignment,
            Scope scope,
            RoleDefinitionId roleDefinition,
            String roleName,
            Regained regained,
            RoleAssignmentId liveAssignment) {}

    /**
     * A principal of the plan, its counterpart now ({@code counterpart} null when the mapping has
     * none and no identity was enabled again: unmapped), and its access.
     */
    public record PrincipalAccess(PlannedPrincipal principal, ObjectId counterpart, List<Access> access) {
        public PrincipalAccess {
            access = List.copyOf(access);
        }

        public boolean missesAny() {
            return access.stream().anyMatch(a -> a.regained() == Regained.MISSING);
        }
    }

    /** The principals that miss some access they had: the diff proper. */
    public List<PrincipalAccess> differences() {
        return principals.stream().filter(PrincipalAccess::missesAny).toList();
    }

    /** True when everyone has again everything they had. */
    public boolean empty() {
        return differences().isEmpty();
    }
}
