package dev.cerulean.core.directory;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import java.util.List;
import java.util.Optional;

/** Port: user objects of every directory. */
public interface DirectoryUsers {
    void add(DirectoryUser user);

    void update(DirectoryUser user);

    void remove(DirectoryId directory, ObjectId id);

    Optional<DirectoryUser> byId(DirectoryId directory, ObjectId id);

    List<DirectoryUser> inDirectory(DirectoryId directory);

    /**
     * At most {@code limit} of the directory's users after the first {@code offset}, ordered by user
     * principal name whatever its case: a page read in the database, not the whole directory.
     */
    List<DirectoryUser> page(DirectoryId directory, int offset, int limit);

    /** How many users the directory has. */
    int countIn(DirectoryId directory);

    /** By user principal name, case-insensitive. */
    Optional<DirectoryUser> byPrincipalName(DirectoryId directory, String userPrincipalName);

    /** Users of that directory whose mail or user principal name is {@code email}. */
    List<DirectoryUser> byEmail(DirectoryId directory, Email email);

    /** Work accounts homed anywhere whose user principal name or mail is {@code email}. */
    List<DirectoryUser> workAccountsWithEmail(Email email);

    /** Every user object of that person, one per directory it appears in. */
    List<DirectoryUser> ofPerson(Identity person);

    /** Adds each of {@code users} as {@link #add} does; stores write them in batches (world loading). */
    default void addAll(List<DirectoryUser> users) {
        users.forEach(this::add);
    }

    /**
     * Like {@link #page}, only the users whose user principal name starts with {@code prefix}
     * whatever its case (the portal's search box): read in the database, by the name's index.
     */
    List<DirectoryUser> pageStartingWith(DirectoryId directory, String prefix, int offset, int limit);

    /** How many of the directory's users have a user principal name starting with {@code prefix}, whatever its case. */
    int countStartingWith(DirectoryId directory, String prefix);
}
