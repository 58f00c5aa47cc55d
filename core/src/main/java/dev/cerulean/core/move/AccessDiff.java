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
 * counterpart of the mapping (a re-enabled or re-created identity's new principal counts as its
 * counterpart); and per co-administrator of the plan, whether it, or the user it is mapped to, is
 * co-administrator again.
 */
public record AccessDiff(
        SubscriptionId subscription, List<PrincipalAccess> principals, List<CoAdministratorAccess> coAdministrators) {
    public AccessDiff {
        principals = List.copyOf(principals);
        coAdministrators = List.copyOf(coAdministrators);
    }

    public AccessDiff(SubscriptionId subscription, List<PrincipalAccess> principals) {
        this(subscription, principals, List.of());
    }

    /**
     * A co-administrator of the plan (the change removed it), the user its mapping names ({@code
     * counterpart}, null when unmapped), and whether it is co-administrator again: itself ({@code
     * DIRECTLY}, by its email), through that user ({@code MAPPED}), or not ({@code MISSING}).
     */
    public record CoAdministratorAccess(String email, ObjectId counterpart, Regained regained) {}

    /** The co-administrators of the plan that nobody standing for them is again. */
    public List<CoAdministratorAccess> missingCoAdministrators() {
        return coAdministrators.stream()
                .filter(c -> c.regained() == Regained.MISSING)
                .toList();
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

    /** True when everyone has again everything they had, co-administrators included. */
    public boolean empty() {
        return differences().isEmpty() && missingCoAdministrators().isEmpty();
    }
}
