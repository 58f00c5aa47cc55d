package dev.cerulean.core.move;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.time.Clock;
import java.util.Optional;

/**
 * The second step of Microsoft.Subscription's directory change ({@code acceptChangeTenant}): an
 * account of the destination directory (the named owner, when the request named one) accepts
 * the pending request, and the move happens as the portals make it: {@link ChangeDirectory}
 * applies it for the REQUESTER (R9–R11 checked anew: an Owner who lost the role since cannot move
 * it any more) (R12–R14, R34), all in one transaction with the
 * request becoming Completed. A request made with {@code If-Match} fails with PreconditionFailed
 * when the subscription has changed since. A refusal changes nothing; the request stays pending.
 */
public final class AcceptDirectoryChange {
    public static final String OPERATION = "Microsoft.Subscription/acceptChangeTenant/action";

    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final ChangeTenantRequests requests;
    private final ChangeDirectory change;
    private final Clock clock;
    private final ActivityRecorder activity;

    public AcceptDirectoryChange(
            Transactions transactions,
            Subscriptions subscriptions,
            ChangeTenantRequests requests,
            ChangeDirectory change,
            Clock clock,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.change = change;
        this.clock = clock;
        this.activity = activity;
    }

    public Outcome<DirectoryChangeResult> accept(Caller acceptor, SubscriptionId subscription) {
        return transactions.attempt(() -> {
            // the row lock queues a second acceptance, or a cancellation, behind this one
            Optional<Subscription> current = subscriptions.byIdForUpdate(subscription);
            ChangeTenantRequest request = requests.of(subscription)
                    .filter(ChangeTenantRequest::isPending)
                    .orElse(null);
            if (current.isEmpty() || request == null) {
                return Outcome.rejected(RuleCode.ChangeTenantRequestNotFound, subscription);
            }
            RuleCode refused = refusalOf(acceptor, request);
            if (refused != null) return Outcome.rejected(refused, acceptor.displayName(), request.destination());
            if (request.expectedVersion() != null && current.get().version() != request.expectedVersion()) {
                return Outcome.rejected(
                        RuleCode.PreconditionFailed,
                        subscription,
                        request.expectedVersion(),
                        current.get().version());
            }
            Caller requester = request.requester();
            // applied once, as the requester at the version just locked: the change checks R9–R11 itself
            Subscription locked = current.get();
            return change.apply(
                            requester,
                            new ChangeDirectory.Seen(
                                    subscription,
                                    DirectoryChangeMode.MODERN,
                                    locked.directory(),
                                    request.destination(),
                                    locked.version()))
                    .map(moved -> {
                        requests.save(request.finished(ChangeTenantRequest.Status.Completed, clock.instant()));
                        activity.succeeded(
                                acceptor,
                                OPERATION,
                                RequestDirectoryChange.target(subscription),
                                "accepted the move from tenant " + moved.fromDirectory() + " requested by "
                                        + requester.displayName(),
                                subscription,
                                moved.toDirectory());
                        return moved;
                    });
        });
    }

    /**
     * Who may accept (and see the status from the destination's side): someone signed in
     * through the destination directory, with an object there, and the named owner if the
     * request named one. Null when {@code caller} may.
     */
    static RuleCode refusalOf(Caller caller, ChangeTenantRequest request) {
        if (!request.destination().equals(caller.directory()) || caller.principal() == null) {
            return RuleCode.CallerNotInTargetDirectory;
        }
        return request.namesAsOwner(caller) ? null : RuleCode.NotDestinationOwner;
    }
}
