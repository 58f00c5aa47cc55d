package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * Adds a Microsoft account to a directory as an external member (source MICROSOFT_ACCOUNT,
 * UPN {@code <email with _ for @>#EXT#@<initial domain>}); the MSA keeps signing in with its
 * own password.
 *
 * <p>On its own ({@link #add}) a Global Administrator or User Administrator does it. Other flows
 * (joining an existing directory, R4; a new default directory) use {@link #prepare} to check
 * inside their own transaction before any write, then {@link #commit}.
 */
public final class AddExternalMember {
    private final Transactions transactions;
    private final MicrosoftAccounts accounts;
    private final Directories directories;
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final DirectoryAuthority authority;
    private final ExternalUsers externals;
    private final ActivityRecorder activity;

    public AddExternalMember(
            Transactions transactions,
            MicrosoftAccounts accounts,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.directories = directories;
        this.users = users;
        this.roles = roles;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.externals = new ExternalUsers(users, ids);
        this.activity = activity;
    }

    /** The caller adds the Microsoft account registered under {@code email} to {@code directory}. */
    public Outcome<DirectoryUser> add(Caller caller, DirectoryId directory, String email) {
        Optional<Email> address = Email.parse(email);
        if (address.isEmpty()) return Outcome.rejected(RuleCode.InvalidEmail, String.valueOf(email));
        return transactions.inTransaction(() -> {
            Optional<Directory> target = directories.byId(directory);
            if (target.isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
            if (!authority.permits(
                    caller,
                    directory,
                    List.of(DirectoryRole.GlobalAdministrator, DirectoryRole.UserAdministrator),
                    GraphAppRoles.MANAGE_USERS)) {
                return Outcome.rejected(
                        RuleCode.InsufficientDirectoryRole,
                        DirectoryRole.GlobalAdministrator.displayName(),
                        DirectoryRole.UserAdministrator.displayName());
            }
            Optional<MicrosoftAccount> account = accounts.byEmail(address.get());
            if (account.isEmpty()) return Outcome.rejected(RuleCode.MicrosoftAccountNotFound, address.get());
            return prepare(target.get(), account.get()).map(user -> commit(caller, user));
        });
    }

    /**
     * Checks that {@code account} may join {@code directory} (not a user there yet:
     * UserAlreadyExists; within 500 directories: DirectoryMembershipLimitReached) and builds its
     * user object. Writes nothing; call inside the flow's transaction. Authorization is the flow's.
     */
    public Outcome<DirectoryUser> prepare(Directory directory, MicrosoftAccount account) {
        return externals.prepare(
                directory,
                account.identity(),
                account.email(),
                account.displayName(),
                DirectoryUser.UserType.Member,
                null);
    }

    /** Writes a user from {@link #prepare}, gives it {@code grantedRoles}, and logs both. */
    public DirectoryUser commit(Caller caller, DirectoryUser user, DirectoryRole... grantedRoles) {
        users.add(user);
        activity.succeeded(
                caller,
                DirectoryOperations.ADD_EXTERNAL_MEMBER,
                user.userPrincipalName(),
                "Microsoft account " + user.mail() + " added as external member",
                null,
                user.directory());
        for (DirectoryRole role : grantedRoles) {
            roles.assign(user.directory(), role, user.id());
            activity.succeeded(
                    caller,
                    DirectoryOperations.ASSIGN_ROLE,
                    user.userPrincipalName(),
                    role.displayName() + " assigned",
                    null,
                    user.directory());
        }
        return user;
    }
}
