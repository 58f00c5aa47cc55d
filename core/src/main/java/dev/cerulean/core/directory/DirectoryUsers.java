package dev.cerulean.core.directory;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: user objects of every directory. */
public interface DirectoryUsers {
    void add(DirectoryUser user);

    void update(DirectoryUser user);

    void remove(DirectoryId directory, ObjectId id);

    Optional<DirectoryUser> byId(DirectoryId directory, ObjectId id);

    /** The users of {@code directory} with these ids that exist, in one read (a review can name thousands). */
    Map<ObjectId, DirectoryUser> byIds(DirectoryId directory, Collection<ObjectId> ids);

    List<DirectoryUser> inDirectory(DirectoryId directory);

    /**
     * At most {@code limit} of the directory's users after the first {@code offset}, ordered by user
     * principal name whatever its case: a page read in the database, not the whole directory.
     */
    List<DirectoryUser> page(DirectoryId directory, int offset, int limit);

    /** How many users the directory has. */
    int countIn(DirectoryId directory);

    /** A page as {@link #page(DirectoryId, int, int)} of the users meeting {@code condition}, read in the database. */
    List<DirectoryUser> page(DirectoryId directory, UserQuery condition, int offset, int limit);

    /** How many of the directory's users meet {@code condition}. */
    int countIn(DirectoryId directory, UserQuery condition);

    /** By user principal name, case-insensitive. */
    Optional<DirectoryUser> byPrincipalName(DirectoryId directory, String userPrincipalName);

    /** Users of that directory whose mail or user principal name is {@code email}. */
    List<DirectoryUser> byEmail(DirectoryId directory, Email email);

    /** Work accounts homed anywhere whose user principal name or mail is {@code email}. */
    List<DirectoryUser> workAccountsWithEmail(Email email);

    /** Every user object of that person, one per directory it appears in. */
    List<DirectoryUser> ofPerson(Identity person);

    /**
     * A page of the person's user objects, one per directory it is in: home first, then by the
     * directory's display name whatever its case, then by directory id. A {@code search} that is not
     * blank keeps those whose directory's display name or initial domain contains it, whatever its
     * case. Read in the database (a person can be in a thousand directories).
     */
    List<DirectoryUser> ofPerson(Identity person, String search, int offset, int limit);

    /** How many user objects {@link #ofPerson(Identity, String, int, int)} pages through. */
    int countOfPerson(Identity person, String search);

    /** Adds each of {@code users} as {@link #add} does; stores write them in batches (world loading). */
    default void addAll(List<DirectoryUser> users) {
        users.forEach(this::add);
    }
}
