package dev.cerulean.core.access;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import java.time.Instant;

/**
 * A principal of {@code directory} holds a role at a scope and everything below it (R26).
 * Assignments at the root scope (R29) have no subscription.
 */
public record RoleAssignment(RoleAssignmentId id, Scope scope, ObjectId principalId, PrincipalType principalType,
                             RoleDefinitionId roleDefinition, DirectoryId directory, Instant createdAt,
                             String createdBy) {

    public enum PrincipalType { User, Group, ServicePrincipal }
}
