package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.DisplayName;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.account.PasswordPolicy;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * A Global Administrator or User Administrator (or an application granted User.ReadWrite.All or
 * Directory.ReadWrite.All) changes a user's display name, user principal name, password, alias
 * ({@code mailNickname}) or whether it may sign in ({@code accountEnabled}). Only
 * work accounts homed in the directory have a sign-in name and password here
 * ({@code UserNotHomedHere} otherwise). A User Administrator may not change a Global
 * Administrator (Azure AD's rule: only a Global Administrator manages another one).
 */
public final class UpdateDirectoryUser {
    /** Global Administrators read at a time while looking for another enabled one. */
    private static final int HOLDERS_PAGE = 100;

    public static final String OPERATION = "microsoft.directory/users/update";
    static final List<DirectoryRole> MAY_MANAGE =
            List.of(DirectoryRole.GlobalAdministrator, DirectoryRole.UserAdministrator);

    /** What to change; a null field stays as it is. */
    public record Changes(
            String displayName,
            String userPrincipalName,
            String password,
            String mailNickname,
            Boolean accountEnabled) {
        public Changes(String displayName, String userPrincipalName, String password) {
            this(displayName, userPrincipalName, password, null, null);
        }
    }

    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final DirectoryAuthority authority;
    private final PasswordHasher hasher;
    private final ActivityRecorder activity;

    public UpdateDirectoryUser(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            PasswordHasher hasher,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.directories = directories;
        this.users = users;
        this.roles = roles;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.hasher = hasher;
        this.activity = activity;
    }

    public Outcome<DirectoryUser> update(Caller caller, DirectoryId directory, ObjectId id, Changes changes) {
        Optional<String> name = Optional.empty();
        if (changes.displayName() != null) {
            name = DisplayName.parse(changes.displayName());
            if (name.isEmpty()) return Outcome.rejected(RuleCode.InvalidDisplayName, changes.displayName());
        }
        Optional<Email> upn = Optional.empty();
        if (changes.userPrincipalName() != null) {
            upn = Email.parse(changes.userPrincipalName());
            if (upn.isEmpty()) return Outcome.rejected(RuleCode.InvalidUserPrincipalName, changes.userPrincipalName());
        }
        if (changes.password() != null && !PasswordPolicy.allows(changes.password())) {
            return Outcome.rejected(
                    RuleCode.PasswordTooWeak, PasswordPolicy.MIN_LENGTH, PasswordPolicy.REQUIRED_CLASSES);
        }
        if (changes.mailNickname() != null && !DirectoryUser.validMailNickname(changes.mailNickname())) {
            return Outcome.rejected(RuleCode.InvalidMailNickname, changes.mailNickname());
        }
        PasswordHash hash = changes.password() == null ? null : hasher.hash(changes.password());
        Optional<String> newName = name;
        Optional<Email> newUpn = upn;
        return transactions.inTransaction(() -> manageable(directories, users, roles, authority, caller, directory, id)
                .then(user -> {
                    if ((newUpn.isPresent() || hash != null) && !user.isHomedHere()) {
                        return Outcome.rejected(RuleCode.UserNotHomedHere, user.userPrincipalName(), directory);
                    }
                    if (Boolean.FALSE.equals(changes.accountEnabled())
                            && user.accountEnabled()
                            && isLastEnabledGlobalAdministrator(directory, id)) {
                        return Outcome.rejected(RuleCode.LastGlobalAdministrator, user.userPrincipalName());
                    }
                    String principalName = user.userPrincipalName();
                    Email mail = user.mail();
                    if (newUpn.isPresent() && !newUpn.get().value().equalsIgnoreCase(user.userPrincipalName())) {
                        Email wanted = newUpn.get();
                        boolean ownDomain = directories.domainsOf(directory).stream()
                                .anyMatch(d -> d.verified() && d.name().equalsIgnoreCase(wanted.domain()));
                        if (!ownDomain) return Outcome.rejected(RuleCode.InvalidUserPrincipalName, wanted);
                        boolean taken = users.byPrincipalName(directory, wanted.value())
                                        .filter(u -> !u.id().equals(id))
                                        .isPresent()
                                || users.byEmail(directory, wanted).stream().anyMatch(u -> !u.id().equals(id))
                                || users.workAccountsWithEmail(wanted).stream().anyMatch(u -> !u.id().equals(id));
                        if (taken) return Outcome.rejected(RuleCode.UserAlreadyExists, wanted, directory);
                        // A work account's mail is its sign-in name unless someone set another one.
                        if (mail == null || mail.value().equalsIgnoreCase(principalName)) mail = wanted;
                        principalName = wanted.value();
                    }
                    DirectoryUser changed = new DirectoryUser(
                            user.id(),
                            directory,
                            newName.orElse(user.displayName()),
                            principalName,
                            mail,
                            user.type(),
                            user.source(),
                            user.person(),
                            user.invitation(),
                            hash != null ? hash : user.password(),
                            changes.mailNickname() != null ? changes.mailNickname() : user.mailNickname(),
                            changes.accountEnabled() != null ? changes.accountEnabled() : user.accountEnabled());
                    if (changed.equals(user) && hash == null) return Outcome.ok(user);
                    users.update(changed);
                    activity.succeeded(caller, OPERATION, changed.userPrincipalName(), "User updated", null, directory);
                    return Outcome.ok(changed);
                }));
    }

    /** The user, if the caller may manage it: shared with {@link DeleteDirectoryUser}. Reads only. */
    /** Disabling the only enabled Global Administrator would leave the directory without one, as deleting it would. */
    private boolean isLastEnabledGlobalAdministrator(DirectoryId directory, ObjectId id) {
        if (!roles.rolesOf(directory, id).contains(DirectoryRole.GlobalAdministrator)) return false;
        // the holders a page at a time, until another enabled one is found
        for (int offset = 0; ; offset += HOLDERS_PAGE) {
            List<ObjectId> holders =
                    roles.membersPage(directory, DirectoryRole.GlobalAdministrator, offset, HOLDERS_PAGE);
            boolean another = holders.stream()
                    .filter(m -> !m.equals(id))
                    .anyMatch(m -> users.byId(directory, m)
                            .map(DirectoryUser::accountEnabled)
                            .orElse(false));
            if (another) return false;
            if (holders.size() < HOLDERS_PAGE) return true;
        }
    }

    static Outcome<DirectoryUser> manageable(
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            DirectoryAuthority authority,
            Caller caller,
            DirectoryId directory,
            ObjectId id) {
        if (directories.byId(directory).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
        if (!authority.permits(caller, directory, MAY_MANAGE, GraphAppRoles.MANAGE_USERS)) {
            return Outcome.rejected(
                    RuleCode.InsufficientDirectoryRole,
                    MAY_MANAGE.stream().map(DirectoryRole::displayName).toArray());
        }
        Optional<DirectoryUser> user = id == null ? Optional.empty() : users.byId(directory, id);
        if (user.isEmpty()) return Outcome.rejected(RuleCode.UserNotFound, String.valueOf(id));
        boolean targetIsGlobalAdmin = roles.rolesOf(directory, id).contains(DirectoryRole.GlobalAdministrator);
        boolean callerIsPerson = authority.userOf(caller, directory).isPresent();
        if (targetIsGlobalAdmin && callerIsPerson && !authority.isGlobalAdministrator(caller, directory)) {
            return Outcome.rejected(
                    RuleCode.InsufficientDirectoryRole, DirectoryRole.GlobalAdministrator.displayName());
        }
        return Outcome.ok(user.get());
    }
}
