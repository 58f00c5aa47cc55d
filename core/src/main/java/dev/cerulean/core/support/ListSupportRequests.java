package dev.cerulean.core.support;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import java.util.Comparator;
import java.util.List;

/** The support requests the signed-in person opened, newest first; nobody sees another's. */
public final class ListSupportRequests {
    private final SupportRequests supportRequests;

    public ListSupportRequests(SupportRequests supportRequests) {
        this.supportRequests = supportRequests;
    }

    public Outcome<List<SupportRequest>> list(Caller caller) {
        return Outcome.ok(supportRequests.byAuthor(caller.identity()).stream()
                .sorted(Comparator.comparing(SupportRequest::createdAt).reversed())
                .toList());
    }
}
