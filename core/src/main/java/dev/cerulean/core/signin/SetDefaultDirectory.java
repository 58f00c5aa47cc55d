package dev.cerulean.core.signin;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import java.util.Optional;

/**
 * R31: the signed-in person chooses the directory its next sign-ins land in. Only a directory the
 * person is in (an enabled user object, an accepted invitation) can be chosen; anything else is
 * refused with {@link RuleCode#DefaultDirectoryNotJoined} and changes nothing.
 */
public final class SetDefaultDirectory {
    private final Transactions transactions;
    private final DirectoryUsers users;
    private final DirectoryPreferences preferences;

    public SetDefaultDirectory(Transactions transactions, DirectoryUsers users, DirectoryPreferences preferences) {
        this.transactions = transactions;
        this.users = users;
        this.preferences = preferences;
    }

    public Outcome<DirectoryId> set(Caller caller, DirectoryId directory) {
        return transactions.attempt(() -> {
            boolean member = directory != null
                    && caller.identity() != null
                    && users.ofPerson(caller.identity()).stream()
                            .anyMatch(u -> u.directory().equals(directory) && landsIn(u));
            if (!member) return Outcome.rejected(RuleCode.DefaultDirectoryNotJoined, directory);
            preferences.setDefaultDirectory(caller.identity(), directory);
            return Outcome.ok(directory);
        });
    }

    /** The person's default directory, if it chose one. */
    public Optional<DirectoryId> of(Caller caller) {
        if (caller.identity() == null) return Optional.empty();
        return transactions.inTransaction(() -> preferences.defaultDirectoryOf(caller.identity()));
    }

    /** Whether sign-in can land in the directory of {@code u}: enabled, and not a pending invitation. */
    static boolean landsIn(DirectoryUser u) {
        return u.accountEnabled() && !u.invitationPending();
    }
}
