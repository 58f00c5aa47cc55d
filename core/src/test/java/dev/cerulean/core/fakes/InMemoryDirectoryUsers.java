package dev.cerulean.core.fakes;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryDirectoryUsers implements DirectoryUsers {
    private record Key(DirectoryId directory, ObjectId id) {}

    private final Map<Key, DirectoryUser> users = new ConcurrentHashMap<>();
    /** The directories, for a person's list ordered and searched by its directories' names (as the store's join). */
    private final Directories directories;

    public InMemoryDirectoryUsers(Directories directories) {
        this.directories = directories;
    }

    @Override
    public void add(DirectoryUser user) {
        if (byPrincipalName(user.directory(), user.userPrincipalName()).isPresent()
                || users.putIfAbsent(new Key(user.directory(), user.id()), user) != null) {
            throw new IllegalStateException("duplicate user " + user.userPrincipalName());
        }
    }

    @Override
    public void update(DirectoryUser user) {
        users.replace(new Key(user.directory(), user.id()), user);
    }

    @Override
    public void remove(DirectoryId directory, ObjectId id) {
        users.remove(new Key(directory, id));
    }

    @Override
    public Optional<DirectoryUser> byId(DirectoryId directory, ObjectId id) {
        return Optional.ofNullable(users.get(new Key(directory, id)));
    }

    @Override
    public Map<ObjectId, DirectoryUser> byIds(DirectoryId directory, java.util.Collection<ObjectId> ids) {
        Map<ObjectId, DirectoryUser> found = new java.util.HashMap<>();
        for (ObjectId id : ids) byId(directory, id).ifPresent(u -> found.put(id, u));
        return found;
    }

    @Override
    public List<DirectoryUser> page(DirectoryId directory, int offset, int limit) {
        return inDirectory(directory).stream()
                .sorted(java.util.Comparator.comparing(
                        (DirectoryUser u) -> u.userPrincipalName().toLowerCase(java.util.Locale.ROOT)))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int countIn(DirectoryId directory) {
        return inDirectory(directory).size();
    }

    @Override
    public List<DirectoryUser> page(
            DirectoryId directory, dev.cerulean.core.directory.UserQuery condition, int offset, int limit) {
        return page(directory, 0, Integer.MAX_VALUE).stream()
                .filter(condition::matches)
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int countIn(DirectoryId directory, dev.cerulean.core.directory.UserQuery condition) {
        return (int) inDirectory(directory).stream().filter(condition::matches).count();
    }

    @Override
    public List<DirectoryUser> inDirectory(DirectoryId directory) {
        return users.values().stream()
                .filter(u -> u.directory().equals(directory))
                .toList();
    }

    @Override
    public Optional<DirectoryUser> byPrincipalName(DirectoryId directory, String userPrincipalName) {
        return users.values().stream()
                .filter(u ->
                        u.directory().equals(directory) && u.userPrincipalName().equalsIgnoreCase(userPrincipalName))
                .findFirst();
    }

    @Override
    public List<DirectoryUser> byEmail(DirectoryId directory, Email email) {
        return inDirectory(directory).stream().filter(u -> matches(u, email)).toList();
    }

    @Override
    public List<DirectoryUser> workAccountsWithEmail(Email email) {
        return users.values().stream()
                .filter(u -> u.isHomedHere() && matches(u, email))
                .toList();
    }

    @Override
    public List<DirectoryUser> ofPerson(Identity person) {
        return users.values().stream().filter(u -> u.person().equals(person)).toList();
    }

    @Override
    public List<DirectoryUser> ofPerson(Identity person, String search, int offset, int limit) {
        return ofPerson(person, search).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public int countOfPerson(Identity person, String search) {
        return ofPerson(person, search).size();
    }

    private List<DirectoryUser> ofPerson(Identity person, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        record Row(DirectoryUser user, Directory directory) {}
        return ofPerson(person).stream()
                .flatMap(u -> directories.byId(u.directory()).map(d -> new Row(u, d)).stream())
                .filter(r -> needle.isEmpty()
                        || r.directory().displayName().toLowerCase(Locale.ROOT).contains(needle)
                        || r.directory()
                                .initialDomain()
                                .toLowerCase(Locale.ROOT)
                                .contains(needle))
                .sorted(Comparator.comparing((Row r) -> r.user().isHomedHere() ? 0 : 1)
                        .thenComparing(r -> r.directory().displayName().toLowerCase(Locale.ROOT))
                        .thenComparing(r -> r.directory().id().toString()))
                .map(Row::user)
                .toList();
    }

    private static boolean matches(DirectoryUser u, Email email) {
        return email.equals(u.mail()) || u.userPrincipalName().equalsIgnoreCase(email.value());
    }
}
