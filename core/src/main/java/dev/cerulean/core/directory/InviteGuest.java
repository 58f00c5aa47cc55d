package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * B2B collaboration: a Global Administrator, User Administrator or Guest Inviter (or an
 * application granted User.Invite.All, User.ReadWrite.All or Directory.ReadWrite.All) invites a
 * work account of another directory. The guest appears at once (userType Guest, UPN
 * {@code alias_domain#EXT#@<initial domain>}) with its invitation PendingAcceptance; it acts in
 * the directory only after it redeems the invitation ({@link RedeemInvitation}, R23).
 */
public final class InviteGuest {
    private static final List<DirectoryRole> MAY_INVITE =
            List.of(DirectoryRole.GlobalAdministrator, DirectoryRole.UserAdministrator, DirectoryRole.GuestInviter);

    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryUsers users;
    private final DirectoryAuthority authority;
    private final ExternalUsers externals;
    private final ActivityRecorder activity;

    public InviteGuest(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.directories = directories;
        this.users = users;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.externals = new ExternalUsers(users, ids);
        this.activity = activity;
    }

    public Outcome<DirectoryUser> invite(Caller caller, DirectoryId directory, String email) {
        Optional<Email> address = Email.parse(email);
        if (address.isEmpty()) return Outcome.rejected(RuleCode.InvalidEmail, String.valueOf(email));
        return transactions.inTransaction(() -> {
            Optional<Directory> target = directories.byId(directory);
            if (target.isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
            if (!authority.permits(caller, directory, MAY_INVITE, GraphAppRoles.INVITE_GUESTS)) {
                return Outcome.rejected(
                        RuleCode.InsufficientDirectoryRole,
                        MAY_INVITE.stream().map(DirectoryRole::displayName).toArray());
            }
            Optional<DirectoryUser> home = homeOf(address.get());
            if (home.isEmpty()) return Outcome.rejected(RuleCode.UserNotFound, address.get());
            return externals
                    .prepare(
                            target.get(),
                            home.get().person(),
                            address.get(),
                            home.get().displayName(),
                            DirectoryUser.UserType.Guest,
                            DirectoryUser.InvitationState.PendingAcceptance)
                    .map(guest -> {
                        users.add(guest);
                        activity.succeeded(
                                caller,
                                DirectoryOperations.INVITE_GUEST,
                                guest.userPrincipalName(),
                                "Guest " + address.get() + " invited",
                                null,
                                directory);
                        return guest;
                    });
        });
    }

    /** The work account known by that email; its sign-in name wins over another's mail address. */
    private Optional<DirectoryUser> homeOf(Email email) {
        return users.workAccountsWithEmail(email).stream()
                .min(Comparator.comparing(u -> u.userPrincipalName().equalsIgnoreCase(email.value()) ? 0 : 1));
    }
}
