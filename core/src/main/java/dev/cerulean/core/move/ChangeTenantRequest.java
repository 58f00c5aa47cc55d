package dev.cerulean.core.move;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import java.time.Instant;
import java.util.Objects;

/**
 * Microsoft.Subscription's two-step directory change: an Owner of the subscription asks to move
 * it into {@code destination} ({@link RequestDirectoryChange}); an account of that directory
 * accepts ({@link AcceptDirectoryChange}), and only then does the move happen, with the rules
 * checked again for the {@code requester}. A subscription has at most one request; a new one
 * replaces it.
 *
 * @param destinationOwner  the account of the destination that must accept, as an object id or
 *                          an email address; null when any account of the destination may
 * @param expectedVersion   the subscription's version the request was made at ({@code If-Match});
 *                          null when the request was not conditional
 * @param completedAt       when the request was completed or cancelled; null while it is pending
 */
public record ChangeTenantRequest(
        SubscriptionId subscription,
        DirectoryId destination,
        String destinationOwner,
        Caller requester,
        Instant requestedAt,
        Long expectedVersion,
        Status status,
        Instant completedAt) {

    /** ARM's names of the states of a request. */
    public enum Status {
        Initiated,
        Completed,
        Cancelled
    }

    public ChangeTenantRequest {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        if (destinationOwner != null && destinationOwner.isBlank()) destinationOwner = null;
    }

    public boolean isPending() {
        return status == Status.Initiated;
    }

    /** The request, finished with {@code status} at {@code at}. */
    ChangeTenantRequest finished(Status status, Instant at) {
        return new ChangeTenantRequest(
                subscription, destination, destinationOwner, requester, requestedAt, expectedVersion, status, at);
    }

    /** The same person (or application) that asked, signed in through the same directory. */
    public boolean isRequestedBy(Caller caller) {
        return caller != null
                && requester.identity().equals(caller.identity())
                && Objects.equals(requester.directory(), caller.directory());
    }

    /** True when no owner was named, or {@code caller} is that owner (by object id or email). */
    public boolean namesAsOwner(Caller caller) {
        if (destinationOwner == null) return true;
        var id = ObjectId.parse(destinationOwner.trim());
        if (id.isPresent()) return id.get().equals(caller.principal());
        return Email.parse(destinationOwner).map(e -> e.equals(caller.email())).orElse(false);
    }
}
