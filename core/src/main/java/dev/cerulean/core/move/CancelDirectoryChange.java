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
 * Withdraws a pending directory-change request ({@code DELETE changeTenantRequest}) from the
 * subscription's side: the requester may, and so may anyone who could make the same request
 * now (R9–R11 in the modern mode); a co-administrator never. The request is kept, Cancelled, so
 * that its status can still be asked.
 */
public final class CancelDirectoryChange {
    public static final String OPERATION = "Microsoft.Subscription/changeTenantRequest/delete";

    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final ChangeTenantRequests requests;
    private final PreviewDirectoryChange preview;
    private final Clock clock;
    private final ActivityRecorder activity;

    public CancelDirectoryChange(
            Transactions transactions,
            Subscriptions subscriptions,
            ChangeTenantRequests requests,
            PreviewDirectoryChange preview,
            Clock clock,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.preview = preview;
        this.clock = clock;
        this.activity = activity;
    }

    public Outcome<ChangeTenantRequest> cancel(Caller caller, SubscriptionId subscription) {
        return transactions.attempt(() -> {
            Optional<Subscription> current = subscriptions.byIdForUpdate(subscription);
            ChangeTenantRequest request = requests.of(subscription)
                    .filter(ChangeTenantRequest::isPending)
                    .orElse(null);
            if (current.isEmpty() || request == null) {
                return Outcome.rejected(RuleCode.ChangeTenantRequestNotFound, subscription);
            }
            if (!request.isRequestedBy(caller)) {
                Outcome<DirectoryChangePreview> allowed =
                        preview.preview(caller, subscription, request.destination(), DirectoryChangeMode.MODERN);
                if (allowed instanceof Outcome.Rejected<DirectoryChangePreview> refused) return refused.retyped();
            }
            ChangeTenantRequest cancelled = request.finished(ChangeTenantRequest.Status.Cancelled, clock.instant());
            requests.save(cancelled);
            activity.succeeded(
                    caller,
                    OPERATION,
                    RequestDirectoryChange.target(subscription),
                    "cancelled the move to tenant " + request.destination(),
                    subscription,
                    current.get().directory());
            return Outcome.ok(cancelled);
        });
    }
}
