package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads of a directory's objects — the directory and its domains, users, role members and app
 * service principals — each in its own transaction (joining the caller's when there is one). Who
 * may read what is the adapters' protocol concern (Graph's permissions, the portals' sign-in);
 * the use cases that write check their own rules.
 */
public final class ReadDirectories {
    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final AppRegistrations apps;
    private final DirectoryAuthority authority;

    public ReadDirectories(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps) {
        this.transactions = transactions;
        this.directories = directories;
        this.users = users;
        this.roles = roles;
        this.apps = apps;
        this.authority = new DirectoryAuthority(users, roles, apps);
    }

    /** The user a caller acts as in {@code directory}: its own (or its guest user), when it has one there. */
    public Optional<DirectoryUser> actingUser(Caller caller, DirectoryId directory) {
        return read(() -> authority.userOf(caller, directory));
    }

    public Optional<Directory> byId(DirectoryId id) {
        return read(() -> directories.byId(id));
    }

    /** The directory's display name, or its id when it is unknown. */
    public String nameOf(DirectoryId id) {
        return byId(id).map(Directory::displayName).orElse(id.toString());
    }

    public List<Domain> domainsOf(DirectoryId id) {
        return read(() -> directories.domainsOf(id));
    }

    /** A page of the directory's users by user principal name, read in the database. */
    public List<DirectoryUser> usersPage(DirectoryId id, int offset, int limit) {
        return read(() -> users.page(id, offset, limit));
    }

    public int userCount(DirectoryId id) {
        return read(() -> users.countIn(id));
    }

    /** A page of the directory's users meeting {@code condition}, by user principal name, read in the database. */
    public List<DirectoryUser> usersPage(DirectoryId id, UserQuery condition, int offset, int limit) {
        return read(() -> users.page(id, condition, offset, limit));
    }

    public int userCount(DirectoryId id, UserQuery condition) {
        return read(() -> users.countIn(id, condition));
    }

    /**
     * A page of the users whose user principal name, display name or mail starts with {@code prefix}
     * (the portal's search), read in the database.
     */
    public List<DirectoryUser> usersStartingWith(DirectoryId id, String prefix, int offset, int limit) {
        return usersPage(id, startingWith(prefix), offset, limit);
    }

    public int userCountStartingWith(DirectoryId id, String prefix) {
        return userCount(id, startingWith(prefix));
    }

    private static UserCondition startingWith(String prefix) {
        return new UserCondition(UserCondition.Property.anyName, UserCondition.Match.STARTS_WITH, prefix);
    }

    public Optional<DirectoryUser> user(DirectoryId directory, ObjectId id) {
        return read(() -> users.byId(directory, id));
    }

    /** The users of {@code directory} with these ids, in one read. */
    public java.util.Map<ObjectId, DirectoryUser> users(DirectoryId directory, java.util.Collection<ObjectId> ids) {
        return read(() -> users.byIds(directory, ids));
    }

    public Optional<DirectoryUser> userByPrincipalName(DirectoryId directory, String userPrincipalName) {
        return read(() -> users.byPrincipalName(directory, userPrincipalName));
    }

    /** A page of the role's members by object id, read in the database. */
    public List<ObjectId> membersPage(DirectoryId directory, DirectoryRole role, int offset, int limit) {
        return read(() -> roles.membersPage(directory, role, offset, limit));
    }

    public int memberCount(DirectoryId directory, DirectoryRole role) {
        return read(() -> roles.memberCount(directory, role));
    }

    public List<DirectoryRole> rolesOf(DirectoryId directory, ObjectId member) {
        return read(() -> roles.rolesOf(directory, member));
    }

    /** The roles of each of {@code members} in their directories, in one read. */
    public java.util.Map<ObjectId, List<DirectoryRole>> rolesOfMembers(java.util.Collection<ObjectId> members) {
        return read(() -> roles.rolesOfMembers(members));
    }

    /** The app registration whose service principal in {@code directory} has this object id. */
    public Optional<AppRegistration> servicePrincipal(DirectoryId directory, ObjectId id) {
        return read(() -> apps.byServicePrincipal(directory, id));
    }

    /** A page of the directory's apps that {@code filter} wants, by display name, read in the database. */
    public List<AppRegistration> applicationsPage(DirectoryId directory, AppFilter filter, int offset, int limit) {
        return read(() -> apps.page(directory, filter, offset, limit));
    }

    public int applicationCount(DirectoryId directory, AppFilter filter) {
        return read(() -> apps.count(directory, filter));
    }

    /** An application object by its object id (Graph's application {@code id}). */
    public Optional<AppRegistration> application(DirectoryId directory, ObjectId id) {
        return read(() -> apps.byObjectId(directory, id));
    }

    /** An application of {@code directory} by its client id (Graph's {@code appId}). */
    public Optional<AppRegistration> applicationByAppId(DirectoryId directory, java.util.UUID appId) {
        return read(() -> apps.byClientId(appId).filter(a -> a.directory().equals(directory)));
    }

    /** A user's or a service principal's display name, for lists that name principals. */
    public Optional<String> principalName(DirectoryId directory, ObjectId id) {
        return read(() -> users.byId(directory, id)
                .map(DirectoryUser::displayName)
                .or(() -> apps.byServicePrincipal(directory, id).map(AppRegistration::displayName)));
    }

    private <T> T read(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
