package dev.cerulean.server.graph;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.directory.DirectoryUser;
import java.util.Collection;
import java.util.Set;

/**
 * An authenticated Graph caller and where it stands in the directory of its token's tenant
 * (the only directory it can address): a member, a guest (accepted invitation), one of the
 * directory's applications with the Graph application roles it holds, or an outsider (a person
 * without a user object there, a guest whose invitation is pending, another directory's app).
 */
record GraphCaller(
        Caller caller,
        DirectoryId directory,
        Standing standing,
        DirectoryUser self,
        Set<String> appRoles,
        boolean holdsDirectoryRole) {

    enum Standing {
        MEMBER,
        GUEST,
        APP,
        OUTSIDER
    }

    /** Lists and reads of the directory: members, guests holding a directory role, apps granted one of {@code roles}. */
    void requireDirectoryRead(Collection<String> roles) {
        boolean allowed = switch (standing) {
            case MEMBER -> true;
            case GUEST -> holdsDirectoryRole;
            case APP -> holdsAny(roles);
            case OUTSIDER -> false;
        };
        if (!allowed) throw GraphException.denied();
    }

    /** A lookup of one object by its exact id or name: guests may make these too. */
    void requireExactLookup(Collection<String> roles) {
        if (standing == Standing.GUEST) return;
        requireDirectoryRead(roles);
    }

    /**
     * Before a change: outsiders are refused, and an application's token must carry one of
     * {@code roles} (the core then checks the roles the registration holds, and people's
     * directory roles).
     */
    void requireWriter(Collection<String> roles) {
        if (standing == Standing.OUTSIDER) throw GraphException.denied();
        if (standing == Standing.APP && !holdsAny(roles)) throw GraphException.denied();
    }

    private boolean holdsAny(Collection<String> roles) {
        return roles.stream().anyMatch(appRoles::contains);
    }
}
