package dev.cerulean.core.subscription;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import java.util.List;
import java.util.Optional;

/**
 * The Account Administrator names the subscription's service administrator (R15–R17).
 *
 * <p>R16: an MSA Account Administrator may name only Microsoft accounts; a work-account Account
 * Administrator may name Microsoft accounts or users of the subscription's directory. When the
 * email is both, a work-account Account Administrator gets the directory user (the account its
 * own directory knows), an MSA Account Administrator the Microsoft account. R17: handing the
 * role away is all it takes for the Account Administrator to lose portal access; naming itself
 * (its own email) is always allowed, even when the directory no longer knows it. Naming someone
 * who is a co-administrator moves them out of the co-administrator list, so that nobody is
 * listed twice.
 */
public final class ChangeServiceAdministrator {
    public static final String OPERATION = "Microsoft.Authorization/classicAdministrators/write";

    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;
    private final MicrosoftAccounts microsoftAccounts;
    private final DirectoryUsers directoryUsers;
    private final Transactions transactions;
    private final ActivityRecorder activity;

    public ChangeServiceAdministrator(
            Subscriptions subscriptions,
            CoAdministrators coAdministrators,
            MicrosoftAccounts microsoftAccounts,
            DirectoryUsers directoryUsers,
            Transactions transactions,
            ActivityRecorder activity) {
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.microsoftAccounts = microsoftAccounts;
        this.directoryUsers = directoryUsers;
        this.transactions = transactions;
        this.activity = activity;
    }

    /** Names the person with {@code email} service administrator; answers the changed subscription. */
    public Outcome<Subscription> change(Caller caller, SubscriptionId id, String email) {
        Optional<Email> parsed = Email.parse(email);
        if (parsed.isEmpty()) return Outcome.rejected(RuleCode.InvalidEmail, "email", email);
        return transactions.attempt(
                () -> ChangeableSubscription.find(subscriptions, id).then(s -> change(caller, s, parsed.get())));
    }

    private Outcome<Subscription> change(Caller caller, Subscription s, Email email) {
        if (!s.accountAdministrator().who().equals(caller.identity())) {
            return Outcome.rejected(RuleCode.OnlyAccountAdministratorCanChangeServiceAdministrator, s.id());
        }
        return resolve(s, email).then(admin -> {
            if (admin.who().equals(s.serviceAdministrator().who()) && !s.serviceAdministratorLostAccess()) {
                return Outcome.ok(s); // already the service administrator: nothing to change
            }
            if (!subscriptions.update(s.withServiceAdministrator(admin))) {
                return Outcome.rejected(RuleCode.PreconditionFailed, s.id());
            }
            if (ClassicAdministration.isCoAdministrator(coAdministrators.of(s.id()), admin.who())) {
                coAdministrators.remove(s.id(), admin.who());
            }
            activity.succeeded(
                    caller,
                    OPERATION,
                    "/subscriptions/" + s.id(),
                    "service administrator changed from "
                            + s.serviceAdministrator().email() + " to " + admin.email(),
                    s.id(),
                    s.directory());
            return Outcome.ok(subscriptions.byId(s.id()).orElseThrow());
        });
    }

    /** R16 (and R17 for the Account Administrator itself): who {@code email} names, if allowed. */
    private Outcome<ClassicAdministrator> resolve(Subscription s, Email email) {
        ClassicAdministrator accountAdministrator = s.accountAdministrator();
        if (accountAdministrator.email().equals(email)) return Outcome.ok(accountAdministrator);
        Optional<MicrosoftAccount> msa = microsoftAccounts.byEmail(email);
        if (accountAdministrator.isMicrosoftAccount()) {
            return msa.map(m -> Outcome.ok(new ClassicAdministrator(m.identity(), email)))
                    .orElseGet(() -> Outcome.rejected(RuleCode.ServiceAdministratorNotAllowed, email, s.id()));
        }
        List<DirectoryUser> users = directoryUsers.byEmail(s.directory(), email);
        if (!users.isEmpty()) {
            DirectoryUser user = users.get(0);
            if (user.invitationPending()) return Outcome.rejected(RuleCode.GuestInvitationNotRedeemed, email);
            return Outcome.ok(new ClassicAdministrator(user.person(), email));
        }
        return msa.map(m -> Outcome.ok(new ClassicAdministrator(m.identity(), email)))
                .orElseGet(() -> Outcome.rejected(RuleCode.ServiceAdministratorNotAllowed, email, s.id()));
    }
}
