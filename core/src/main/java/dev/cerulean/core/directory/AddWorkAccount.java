package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.DisplayName;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.account.PasswordPolicy;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * A Global Administrator or User Administrator (or an application granted User.ReadWrite.All or
 * Directory.ReadWrite.All) creates a work account homed in its directory. Its user principal
 * name is on one of the directory's verified domains and unique; it gets its own password. Its
 * alias ({@code mailNickname}) defaults to the user principal name up to the '@'; it may be
 * created disabled (it exists but cannot sign in).
 */
public final class AddWorkAccount {
    private static final List<DirectoryRole> MAY_ADD =
            List.of(DirectoryRole.GlobalAdministrator, DirectoryRole.UserAdministrator);

    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryUsers users;
    private final DirectoryAuthority authority;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public AddWorkAccount(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            PasswordHasher hasher,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.directories = directories;
        this.users = users;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.hasher = hasher;
        this.ids = ids;
        this.activity = activity;
    }

    /** An enabled user with the default alias. */
    public Outcome<DirectoryUser> add(
            Caller caller, DirectoryId directory, String displayName, String userPrincipalName, String password) {
        return add(caller, directory, displayName, userPrincipalName, password, null, true);
    }

    /** @param mailNickname the alias, null for the default */
    public Outcome<DirectoryUser> add(
            Caller caller,
            DirectoryId directory,
            String displayName,
            String userPrincipalName,
            String password,
            String mailNickname,
            boolean accountEnabled) {
        if (mailNickname != null && !DirectoryUser.validMailNickname(mailNickname)) {
            return Outcome.rejected(RuleCode.InvalidMailNickname, mailNickname);
        }
        Optional<String> name = DisplayName.parse(displayName);
        if (name.isEmpty()) return Outcome.rejected(RuleCode.InvalidDisplayName, String.valueOf(displayName));
        Optional<Email> upn = Email.parse(userPrincipalName);
        if (upn.isEmpty())
            return Outcome.rejected(RuleCode.InvalidUserPrincipalName, String.valueOf(userPrincipalName));
        if (!PasswordPolicy.allows(password)) {
            return Outcome.rejected(
                    RuleCode.PasswordTooWeak, PasswordPolicy.MIN_LENGTH, PasswordPolicy.REQUIRED_CLASSES);
        }
        PasswordHash hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            if (directories.byId(directory).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
            if (!authority.permits(caller, directory, MAY_ADD, GraphAppRoles.MANAGE_USERS)) {
                return Outcome.rejected(
                        RuleCode.InsufficientDirectoryRole,
                        MAY_ADD.stream().map(DirectoryRole::displayName).toArray());
            }
            boolean ownDomain = directories.domainsOf(directory).stream()
                    .anyMatch(d ->
                            d.verified() && d.name().equalsIgnoreCase(upn.get().domain()));
            if (!ownDomain) return Outcome.rejected(RuleCode.InvalidUserPrincipalName, upn.get());
            if (users.byPrincipalName(directory, upn.get().value()).isPresent()
                    || !users.byEmail(directory, upn.get()).isEmpty()
                    || !users.workAccountsWithEmail(upn.get()).isEmpty()) {
                return Outcome.rejected(RuleCode.UserAlreadyExists, upn.get(), directory);
            }
            ObjectId id = new ObjectId(ids.newId());
            DirectoryUser user = new DirectoryUser(
                    id,
                    directory,
                    name.get(),
                    upn.get().value(),
                    upn.get(),
                    DirectoryUser.UserType.Member,
                    DirectoryUser.Source.WORK_ACCOUNT,
                    new Identity.Work(directory, id),
                    null,
                    hash,
                    mailNickname,
                    accountEnabled);
            users.add(user);
            activity.succeeded(
                    caller,
                    DirectoryOperations.CREATE_USER,
                    user.userPrincipalName(),
                    "Work account created",
                    null,
                    directory);
            return Outcome.ok(user);
        });
    }
}
