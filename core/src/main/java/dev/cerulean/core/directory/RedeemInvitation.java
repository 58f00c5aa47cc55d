package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.Optional;

/**
 * The invited person, signed in at home, accepts an invitation to {@code directory}: its guest
 * object there becomes Accepted. Redeeming an accepted invitation again changes nothing.
 */
public final class RedeemInvitation {
    private final Transactions transactions;
    private final DirectoryUsers users;
    private final ActivityRecorder activity;

    public RedeemInvitation(Transactions transactions, DirectoryUsers users, ActivityRecorder activity) {
        this.transactions = transactions;
        this.users = users;
        this.activity = activity;
    }

    public Outcome<DirectoryUser> redeem(Caller caller, DirectoryId directory) {
        if (caller == null) return Outcome.rejected(RuleCode.UserNotFound, directory);
        return transactions.inTransaction(() -> {
            Optional<DirectoryUser> guest = users.ofPerson(caller.identity()).stream()
                    .filter(u -> u.directory().equals(directory) && u.invitation() != null)
                    .findFirst();
            if (guest.isEmpty()) return Outcome.rejected(RuleCode.UserNotFound, caller.displayName());
            if (!guest.get().invitationPending()) return Outcome.ok(guest.get());
            DirectoryUser g = guest.get();
            DirectoryUser accepted = new DirectoryUser(
                    g.id(),
                    g.directory(),
                    g.displayName(),
                    g.userPrincipalName(),
                    g.mail(),
                    g.type(),
                    g.source(),
                    g.person(),
                    DirectoryUser.InvitationState.Accepted,
                    g.password(),
                    g.mailNickname(),
                    g.accountEnabled());
            users.update(accepted);
            activity.succeeded(
                    caller,
                    DirectoryOperations.REDEEM_INVITATION,
                    g.userPrincipalName(),
                    "Invitation accepted",
                    null,
                    directory);
            return Outcome.ok(accepted);
        });
    }
}
