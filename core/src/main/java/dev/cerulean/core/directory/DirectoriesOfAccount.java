package dev.cerulean.core.directory;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Transactions;
import java.util.List;

/**
 * R30/R31: every directory a person is in — its home, and every directory where it is a member
 * or guest — with its user object there. The classic portal's ACTIVE DIRECTORY list and every
 * directory switcher show exactly this. Guests whose invitation is pending are listed too; the
 * user object says so ({@link DirectoryUser#invitationPending()}).
 */
public final class DirectoriesOfAccount {
    /** One directory the person is in, and the person's user object there. */
    public record Membership(Directory directory, DirectoryUser user) {
        public boolean isHome() {
            return user.isHomedHere();
        }
    }

    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryUsers users;

    public DirectoriesOfAccount(Transactions transactions, Directories directories, DirectoryUsers users) {
        this.transactions = transactions;
        this.directories = directories;
        this.users = users;
    }

    /** One page of the person's directories and how many there are in all (for the search given). */
    public record Page(List<Membership> memberships, int total) {}

    /**
     * A page of the directories {@code person} is in, read in the store: home first, then by display
     * name; empty for an application or an unknown person; a search
     * that is not blank keeps the directories whose name or initial domain contains it. An offset
     * below zero reads from the start, a limit below one reads one.
     */
    public Page page(Identity person, String search, int offset, int limit) {
        if (person == null || person instanceof Identity.App) return new Page(List.of(), 0);
        String needle = search == null ? "" : search.strip();
        int from = Math.max(0, offset), size = Math.max(1, limit);
        return transactions.inTransaction(() -> new Page(
                users.ofPerson(person, needle, from, size).stream()
                        .flatMap(u -> directories.byId(u.directory()).map(d -> new Membership(d, u)).stream())
                        .toList(),
                users.countOfPerson(person, needle)));
    }
}
