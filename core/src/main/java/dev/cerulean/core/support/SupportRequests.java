package dev.cerulean.core.support;

import dev.cerulean.core.account.Identity;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: support requests. */
public interface SupportRequests {
    void add(SupportRequest request);

    void update(SupportRequest request);

    Optional<SupportRequest> byId(UUID id);

    /** The author's requests from {@code offset}, at most {@code limit}, newest first (then by id). */
    List<SupportRequest> byAuthor(Identity author, int offset, int limit);

    int countByAuthor(Identity author);
}
