package dev.cerulean.core.signin;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Through which directory a person signs in: the one the client named if the person is in it;
 * otherwise the default directory the person chose (R31, {@link SetDefaultDirectory}) while it can
 * still land there; otherwise a work account's home, or a Microsoft account's default directory (the
 * one it created at Azure sign-up), else the first it belongs to, else none (a new Microsoft account). A
 * disabled user object is never chosen: the person cannot act through that directory.
 */
public final class SignInDirectory {
    private final Directories directories;
    private final DirectoryUsers users;
    private final DirectoryPreferences preferences;

    public SignInDirectory(Directories directories, DirectoryUsers users, DirectoryPreferences preferences) {
        this.directories = directories;
        this.users = users;
        this.preferences = preferences;
    }

    /** The person's chosen default directory, while it has an enabled, accepted user object there. */
    private Optional<DirectoryUser> chosenDefault(Identity person, List<DirectoryUser> memberships) {
        return preferences
                .defaultDirectoryOf(person)
                .flatMap(d -> memberships.stream()
                        .filter(u -> u.directory().equals(d) && SetDefaultDirectory.landsIn(u))
                        .findFirst());
    }

    public Caller forMicrosoftAccount(MicrosoftAccount msa, DirectoryId hint) {
        Identity person = msa.identity();
        List<DirectoryUser> memberships = users.ofPerson(person).stream()
                .filter(DirectoryUser::accountEnabled)
                .toList();
        Optional<DirectoryUser> chosen = in(memberships, hint)
                .or(() -> chosenDefault(person, memberships))
                .or(() -> defaultDirectoryOf(person, memberships))
                .or(() -> memberships.stream()
                        .filter(u -> !u.invitationPending())
                        .min(Comparator.comparing(u -> u.directory().value())));
        return chosen.map(u -> new Caller(person, u.directory(), u.id(), msa.email()))
                .orElseGet(() -> new Caller(person, null, null, msa.email()));
    }

    public Caller forWorkAccount(DirectoryUser home, DirectoryId hint) {
        Identity person = home.person();
        List<DirectoryUser> memberships = users.ofPerson(person);
        DirectoryUser chosen = in(memberships, hint)
                .or(() -> chosenDefault(person, memberships))
                .orElse(home);
        Email email = home.mail() != null
                ? home.mail()
                : Email.parse(home.userPrincipalName()).orElse(null);
        return new Caller(person, chosen.directory(), chosen.id(), email);
    }

    /** R31: the same person through another directory it is in; empty when it is not in it. */
    public Optional<Caller> switchTo(Caller caller, DirectoryId target) {
        return in(users.ofPerson(caller.identity()), target)
                .map(u -> new Caller(caller.identity(), u.directory(), u.id(), caller.email()));
    }

    /** Whether the person has a user object in {@code directory} that is disabled. */
    public boolean disabledIn(Identity person, DirectoryId directory) {
        return users.ofPerson(person).stream().anyMatch(u -> u.directory().equals(directory) && !u.accountEnabled());
    }

    /**
     * Whether a signed-in caller may still act as it signed in: a work account's home user and the
     * user it acts as in its directory still exist, are enabled and (for a guest) accepted. A
     * browser session is checked on every request, so disabling or deleting a user ends its
     * sessions at once, as it ends its tokens.
     */
    public boolean stillActs(Caller caller) {
        if (caller.identity() instanceof Identity.Work work) {
            boolean home = users.byId(work.directory(), work.user())
                    .map(DirectoryUser::accountEnabled)
                    .orElse(false);
            if (!home) return false;
        }
        if (caller.directory() == null || caller.principal() == null) return true;
        return users.byId(caller.directory(), caller.principal())
                .filter(u -> u.accountEnabled() && !u.invitationPending())
                .isPresent();
    }

    /** The person's user in {@code directory}, unless it is a guest whose invitation is still pending (R23) or disabled. */
    private static Optional<DirectoryUser> in(List<DirectoryUser> memberships, DirectoryId directory) {
        if (directory == null) return Optional.empty();
        return memberships.stream()
                .filter(u -> u.directory().equals(directory) && !u.invitationPending() && u.accountEnabled())
                .findFirst();
    }

    /** The membership in the directory made for the person at sign-up, read with the others at once. */
    private Optional<DirectoryUser> defaultDirectoryOf(Identity person, List<DirectoryUser> memberships) {
        Map<DirectoryId, Directory> found = directories.byIds(
                memberships.stream().map(DirectoryUser::directory).toList());
        return memberships.stream()
                .filter(u -> found.containsKey(u.directory()) && isDefaultDirectoryOf(found.get(u.directory()), person))
                .findFirst();
    }

    private static boolean isDefaultDirectoryOf(Directory d, Identity person) {
        return d.origin() == Directory.DirectoryOrigin.DEFAULT_DIRECTORY && person.equals(d.createdBy());
    }
}
