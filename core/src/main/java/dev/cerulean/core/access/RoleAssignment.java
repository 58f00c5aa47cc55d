package dev.cerulean.core.access;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import java.time.Instant;

/**
 * A principal of {@code directory} holds a role at a scope and everything below it (R26).
 * Assignments at the root scope (R29) have no subscription. {@code description} is the free
 * text the assigner gave (null when none), at most {@value #DESCRIPTION_LIMIT} characters.
 */
public record RoleAssignment(
        RoleAssignmentId id,
        Scope scope,
        ObjectId principalId,
        PrincipalType principalType,
        RoleDefinitionId roleDefinition,
        DirectoryId directory,
        Instant createdAt,
        String createdBy,
        String description) {

    /** ARM refuses longer descriptions. */
    public static final int DESCRIPTION_LIMIT = 2048;

    public enum PrincipalType {
        User,
        Group,
        ServicePrincipal
    }

    /** An assignment without a description, as most are. */
    public RoleAssignment(
            RoleAssignmentId id,
            Scope scope,
            ObjectId principalId,
            PrincipalType principalType,
            RoleDefinitionId roleDefinition,
            DirectoryId directory,
            Instant createdAt,
            String createdBy) {
        this(id, scope, principalId, principalType, roleDefinition, directory, createdAt, createdBy, null);
    }

    public RoleAssignment withDescription(String newDescription) {
        return new RoleAssignment(
                id, scope, principalId, principalType, roleDefinition, directory, createdAt, createdBy, newDescription);
    }

    /** True when {@code description} is absent or within {@link #DESCRIPTION_LIMIT}. */
    public static boolean descriptionFits(String description) {
        return description == null || description.length() <= DESCRIPTION_LIMIT;
    }

    /**
     * What Azure keeps as an assignment's {@code createdBy}: the creator's object id in the
     * directory (its display name only for a caller with no object there).
     */
    public static String creator(dev.cerulean.core.account.Caller caller) {
        return caller.principal() != null ? caller.principal().toString() : caller.displayName();
    }
}
