package dev.cerulean.core.access;

/** The answer to "may this caller perform this action at this scope?", and why. */
public enum Decision {
    /** Allowed: the caller is the service administrator or a co-administrator (acts as Owner). */
    AllowedAsClassicAdministrator,
    /** Allowed by a role assignment at the scope or above it. */
    AllowedByRoleAssignment,
    /** Denied: the caller signed in through another directory than the subscription trusts. */
    DeniedWrongDirectory,
    /** Denied: no assignment grants the action here. */
    DeniedNoPermission;

    public boolean allowed() {
        return this == AllowedAsClassicAdministrator || this == AllowedByRoleAssignment;
    }
}
