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

    List<SupportRequest> byAuthor(Identity author);
}
