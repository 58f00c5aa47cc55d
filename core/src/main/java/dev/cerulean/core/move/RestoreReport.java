package dev.cerulean.core.move;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;

/**
 * What a restore after a directory change did (or, in a dry run, would do), item by item, in the
 * order it does them: custom roles, system-assigned identities, user-assigned identities (each
 * followed by the resources it is attached to again), key vaults, role assignments,
 * co-administrators.
 */
public record RestoreReport(SubscriptionId subscription, boolean dryRun, List<Item> items) {
    public RestoreReport {
        items = List.copyOf(items);
    }

    public enum Kind {
        CUSTOM_ROLE,
        SYSTEM_ASSIGNED_IDENTITY,
        KEY_VAULT,
        ROLE_ASSIGNMENT,
        USER_ASSIGNED_IDENTITY,
        /** A resource that carried a user-assigned identity, attached to it again once re-created. */
        IDENTITY_ATTACHMENT,
        CO_ADMINISTRATOR
    }

    public enum Status {
        /** Re-created (in a dry run: would be). */
        RESTORED,
        /** Already as the plan wants it: nothing to do. */
        ALREADY_PRESENT,
        /**
         * Left out on purpose: its principal or co-administrator is unmapped, or its identity not
         * asked to be re-enabled or re-created.
         */
        SKIPPED,
        /** A rule refused it; {@code code} and {@code args} say which and why. */
        REFUSED
    }

    /**
     * One item of the plan: {@code target} is its ARM id (the assignment's, the role's, the
     * resource's); for an assignment, {@code principal} is the plan's principal and {@code
     * restoredAs} its counterpart (null when unmapped, or unknown before an identity is re-enabled
     * or re-created); for an identity, the old and the new principal; for an identity's attachment
     * (the carrier's id), the identity's principal in the plan; for a co-administrator (its
     * classicAdministrators id, by its email in the plan), the destination's user it is mapped to.
     */
    public record Item(
            Kind kind,
            String target,
            ObjectId principal,
            ObjectId restoredAs,
            Status status,
            RuleCode code,
            List<String> args) {
        public Item {
            args = args == null ? List.of() : List.copyOf(args);
        }

        static Item of(Kind kind, String target, Status status) {
            return new Item(kind, target, null, null, status, null, List.of());
        }

        /** Refused by the use case that would have restored it, with that rule's code and arguments. */
        static Item refused(Kind kind, String target, ObjectId principal, Outcome.Rejected<?> no) {
            return new Item(kind, target, principal, null, Status.REFUSED, no.code(), no.args());
        }
    }

    public long count(Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    /** True when the run changed (would change) nothing: everything already present, skipped or refused. */
    public boolean changedNothing() {
        return count(Status.RESTORED) == 0;
    }
}
