package dev.cerulean.core.move;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.time.Clock;
import java.util.Optional;

/**
 * The first step of Microsoft.Subscription's directory change ({@code PUT changeTenantRequest}):
 * the caller must be allowed to make the change now (R9–R11 in the modern mode, as the preview
 * checks them; a refusal stores nothing), and the request waits, Initiated, for an account of
 * the destination to accept it. It replaces a request the subscription had. Nothing of the
 * subscription changes, so its version does not move.
 */
public final class RequestDirectoryChange {
    public static final String OPERATION = "Microsoft.Subscription/changeTenantRequest/write";

    /** The stored request, and whether it replaced one that was still pending. */
    public record Requested(ChangeTenantRequest request, boolean replacedPending) {}

    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final PreviewDirectoryChange preview;
    private final ChangeTenantRequests requests;
    private final Clock clock;
    private final ActivityRecorder activity;

    public RequestDirectoryChange(
            Transactions transactions,
            Subscriptions subscriptions,
            PreviewDirectoryChange preview,
            ChangeTenantRequests requests,
            Clock clock,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.preview = preview;
        this.requests = requests;
        this.clock = clock;
        this.activity = activity;
    }

    /**
     * @param destinationOwner the account of the destination that must accept (object id or email), or null
     * @param expectedVersion  the subscription's version the caller saw ({@code If-Match}), or null
     */
    public Outcome<Requested> request(
            Caller caller,
            SubscriptionId subscription,
            DirectoryId destination,
            String destinationOwner,
            Long expectedVersion) {
        return transactions.attempt(() -> {
            // the row lock queues this behind an acceptance or cancellation of the same subscription
            Optional<Subscription> current = subscriptions.byIdForUpdate(subscription);
            if (current.isPresent() && expectedVersion != null && current.get().version() != expectedVersion) {
                return Outcome.rejected(
                        RuleCode.PreconditionFailed,
                        subscription,
                        expectedVersion,
                        current.get().version());
            }
            Outcome<DirectoryChangePreview> allowed =
                    preview.preview(caller, subscription, destination, DirectoryChangeMode.MODERN);
            if (allowed instanceof Outcome.Rejected<DirectoryChangePreview> refused) return refused.retyped();
            Subscription s = current.orElseThrow();
            boolean replacing = requests.of(subscription)
                    .map(ChangeTenantRequest::isPending)
                    .orElse(false);
            ChangeTenantRequest request = new ChangeTenantRequest(
                    subscription,
                    destination,
                    destinationOwner,
                    caller,
                    clock.instant(),
                    expectedVersion,
                    ChangeTenantRequest.Status.Initiated,
                    null);
            requests.save(request);
            activity.succeeded(
                    caller,
                    OPERATION,
                    target(subscription),
                    "requested the move to tenant " + destination
                            + (request.destinationOwner() == null
                                    ? ""
                                    : ", to be accepted by " + request.destinationOwner()),
                    subscription,
                    s.directory());
            return Outcome.ok(new Requested(request, replacing));
        });
    }

    /** The ARM id of a subscription's request. */
    static String target(SubscriptionId subscription) {
        return "/subscriptions/" + subscription + "/providers/Microsoft.Subscription/changeTenantRequest/default";
    }
}
