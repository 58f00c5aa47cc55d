package dev.cerulean.core.subscription;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings &gt; ADMINISTRATORS &gt; ADD: a classic administrator names a co-administrator of the
 * subscription (R19–R24). Co-administrators exist only at subscription scope (R24).
 *
 * <p>Who may be named (R20): a caller signed in with a Microsoft account may name Microsoft
 * accounts or users of the subscription's directory; a caller signed in with a work account may
 * name Microsoft accounts or work accounts homed in its own directory. When the email is both a
 * Microsoft account and such a directory user, a work-account caller gets the directory user
 * (the colleague its directory knows), a Microsoft-account caller the Microsoft account.
 */
public final class AddCoAdministrator {
    public static final String OPERATION = "Microsoft.Authorization/classicAdministrators/write";
    public static final int LIMIT = 200;

    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;
    private final MicrosoftAccounts microsoftAccounts;
    private final DirectoryUsers directoryUsers;
    private final Transactions transactions;
    private final Clock clock;
    private final ActivityRecorder activity;

    public AddCoAdministrator(
            Subscriptions subscriptions,
            CoAdministrators coAdministrators,
            MicrosoftAccounts microsoftAccounts,
            DirectoryUsers directoryUsers,
            Transactions transactions,
            Clock clock,
            ActivityRecorder activity) {
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.microsoftAccounts = microsoftAccounts;
        this.directoryUsers = directoryUsers;
        this.transactions = transactions;
        this.clock = clock;
        this.activity = activity;
    }

    public Outcome<CoAdministrator> add(Caller caller, SubscriptionId id, String email) {
        Optional<Email> parsed = Email.parse(email);
        if (parsed.isEmpty()) return Outcome.rejected(RuleCode.InvalidEmail, "email", email);
        return transactions.attempt(
                () -> ChangeableSubscription.find(subscriptions, id).then(s -> add(caller, s, parsed.get())));
    }

    /**
     * What {@link #add} does for each of {@code emails} in turn, in one transaction (a restore after
     * a directory change names them all again): every rule per email as for one ADD, each decided
     * as if the ones before it were added. With {@code write} false nothing is written; the
     * outcomes are the ones a run that writes would have. One outcome per email, in order.
     */
    public List<Outcome<CoAdministrator>> addAll(Caller caller, SubscriptionId id, List<String> emails, boolean write) {
        return transactions.inTransaction(() -> {
            Outcome<Subscription> found = ChangeableSubscription.find(subscriptions, id);
            if (found instanceof Outcome.Rejected<Subscription> no) {
                Outcome<CoAdministrator> refused = no.retyped();
                return emails.stream().map(e -> refused).toList();
            }
            Subscription s = found.orThrow();
            List<CoAdministrator> current = new ArrayList<>(coAdministrators.of(s.id()));
            List<Outcome<CoAdministrator>> outcomes = new ArrayList<>(emails.size());
            for (String email : emails) {
                Optional<Email> parsed = Email.parse(email);
                Outcome<CoAdministrator> one = parsed.isEmpty()
                        ? Outcome.rejected(RuleCode.InvalidEmail, "email", email)
                        : add(caller, s, parsed.get(), current, write);
                if (one instanceof Outcome.Ok<CoAdministrator> ok) current.add(ok.value());
                outcomes.add(one);
            }
            return outcomes;
        });
    }

    private Outcome<CoAdministrator> add(Caller caller, Subscription s, Email email) {
        return add(caller, s, email, coAdministrators.of(s.id()), true);
    }

    private Outcome<CoAdministrator> add(
            Caller caller, Subscription s, Email email, List<CoAdministrator> current, boolean write) {
        if (!ClassicAdministration.isClassicAdministrator(s, current, caller)) {
            return Outcome.rejected(RuleCode.RequiresServiceOrCoAdministrator, s.id());
        }
        return resolve(caller, s, email).then(admin -> {
            if (s.serviceAdministrator().who().equals(admin.who())
                    || s.serviceAdministrator().email().equals(email)
                    || ClassicAdministration.isCoAdministrator(current, admin.who())) {
                return Outcome.rejected(RuleCode.AlreadyCoAdministrator, email, s.id());
            }
            if (current.size() >= LIMIT) return Outcome.rejected(RuleCode.CoAdministratorLimitReached, LIMIT, s.id());
            CoAdministrator added = new CoAdministrator(s.id(), admin, clock.instant());
            if (!write) return Outcome.ok(added);
            coAdministrators.add(added);
            subscriptions.touch(s.id());
            activity.succeeded(
                    caller,
                    OPERATION,
                    target(s.id(), email),
                    "co-administrator " + email + " added",
                    s.id(),
                    s.directory());
            return Outcome.ok(added);
        });
    }

    /** R20 and R23: the person {@code email} names, if this caller may name it. */
    private Outcome<ClassicAdministrator> resolve(Caller caller, Subscription s, Email email) {
        Optional<MicrosoftAccount> msa = microsoftAccounts.byEmail(email);
        Optional<DirectoryUser> user = Optional.empty();
        if (caller.identity() instanceof Identity.Personal) {
            user = directoryUsers.byEmail(s.directory(), email).stream().findFirst();
        } else if (caller.identity() instanceof Identity.Work w) {
            user = directoryUsers.byEmail(w.directory(), email).stream()
                    .filter(DirectoryUser::isHomedHere)
                    .findFirst();
        }
        boolean preferUser = user.isPresent() && (caller.identity() instanceof Identity.Work || msa.isEmpty());
        if (preferUser) {
            if (user.get().invitationPending()) return Outcome.rejected(RuleCode.GuestInvitationNotRedeemed, email);
            return Outcome.ok(new ClassicAdministrator(user.get().person(), email));
        }
        if (msa.isPresent() && !(caller.identity() instanceof Identity.App)) {
            return Outcome.ok(new ClassicAdministrator(msa.get().identity(), email));
        }
        return Outcome.rejected(RuleCode.CoAdministratorNotInDirectory, email, s.id());
    }

    static String target(SubscriptionId id, Email email) {
        return "/subscriptions/" + id + "/providers/Microsoft.Authorization/classicAdministrators/" + email;
    }
}
