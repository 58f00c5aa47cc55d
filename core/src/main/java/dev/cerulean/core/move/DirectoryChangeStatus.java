package dev.cerulean.core.move;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;

/**
 * {@code changeTenantStatus}: the subscription's directory-change request, to the two sides of
 * it: whoever may accept it (an account of the destination, the named owner if one was named),
 * and the requester, signed in as when it asked, until the move is made (then the subscription
 * trusts the destination). Anyone else learns nothing: ChangeTenantRequestNotFound.
 */
public final class DirectoryChangeStatus {
    private final Transactions transactions;
    private final ChangeTenantRequests requests;

    public DirectoryChangeStatus(Transactions transactions, ChangeTenantRequests requests) {
        this.transactions = transactions;
        this.requests = requests;
    }

    public Outcome<ChangeTenantRequest> of(Caller caller, SubscriptionId subscription) {
        return transactions.inTransaction(() -> requests.of(subscription)
                .filter(r -> AcceptDirectoryChange.refusalOf(caller, r) == null
                        || r.isRequestedBy(caller) && r.status() != ChangeTenantRequest.Status.Completed)
                .map(Outcome::ok)
                .orElseGet(() -> Outcome.rejected(RuleCode.ChangeTenantRequestNotFound, subscription)));
    }

    /** The subscription's request whatever its status, for a caller the adapter has found may read the subscription. */
    public Outcome<ChangeTenantRequest> ofSubscription(SubscriptionId subscription) {
        return transactions.inTransaction(() -> requests.of(subscription)
                .map(Outcome::ok)
                .orElseGet(() -> Outcome.rejected(RuleCode.ChangeTenantRequestNotFound, subscription)));
    }
}
