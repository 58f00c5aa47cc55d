package dev.cerulean.core.support;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import java.util.List;

/** The support requests the signed-in person opened, newest first, a page at a time; nobody sees another's. */
public final class ListSupportRequests {
    private final SupportRequests supportRequests;

    public ListSupportRequests(SupportRequests supportRequests) {
        this.supportRequests = supportRequests;
    }

    /** A page of the caller's requests and how many there are in all. */
    public record Page(List<SupportRequest> requests, int total) {}

    /** From {@code offset} (below zero: from the start), at most {@code limit} (below one: one). */
    public Outcome<Page> page(Caller caller, int offset, int limit) {
        return Outcome.ok(new Page(
                supportRequests.byAuthor(caller.identity(), Math.max(0, offset), Math.max(1, limit)),
                supportRequests.countByAuthor(caller.identity())));
    }
}
