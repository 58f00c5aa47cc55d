package dev.cerulean.core.subscription;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * A classic administrator removes a co-administrator, found by the email it was named by (R19).
 * The service administrator is not a co-administrator and cannot be removed here (R15 changes it).
 */
public final class RemoveCoAdministrator {
    public static final String OPERATION = "Microsoft.Authorization/classicAdministrators/delete";

    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;
    private final Transactions transactions;
    private final ActivityRecorder activity;

    public RemoveCoAdministrator(
            Subscriptions subscriptions,
            CoAdministrators coAdministrators,
            Transactions transactions,
            ActivityRecorder activity) {
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.transactions = transactions;
        this.activity = activity;
    }

    /** Answers the co-administrator that was removed. */
    public Outcome<CoAdministrator> remove(Caller caller, SubscriptionId id, String email) {
        Optional<Email> parsed = Email.parse(email);
        if (parsed.isEmpty()) return Outcome.rejected(RuleCode.InvalidEmail, "email", email);
        return transactions.attempt(
                () -> ChangeableSubscription.find(subscriptions, id).then(s -> remove(caller, s, parsed.get())));
    }

    private Outcome<CoAdministrator> remove(Caller caller, Subscription s, Email email) {
        List<CoAdministrator> current = coAdministrators.of(s.id());
        if (!ClassicAdministration.isClassicAdministrator(s, current, caller)) {
            return Outcome.rejected(RuleCode.RequiresServiceOrCoAdministrator, s.id());
        }
        if (s.serviceAdministrator().email().equals(email)) {
            return Outcome.rejected(RuleCode.CannotRemoveServiceAdministrator, email, s.id());
        }
        Optional<CoAdministrator> named = current.stream()
                .filter(c -> c.administrator().email().equals(email))
                .findFirst();
        if (named.isEmpty()) return Outcome.rejected(RuleCode.NotCoAdministrator, email, s.id());
        coAdministrators.remove(s.id(), named.get().administrator().who());
        subscriptions.touch(s.id());
        activity.succeeded(
                caller,
                OPERATION,
                AddCoAdministrator.target(s.id(), email),
                "co-administrator " + email + " removed",
                s.id(),
                s.directory());
        return Outcome.ok(named.get());
    }
}
