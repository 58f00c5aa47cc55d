package dev.cerulean.core.move;

import dev.cerulean.core.common.MicrosoftAccountId;
import java.util.Optional;
import java.util.UUID;

/** Port: pending "Use existing directory" requests. */
public interface DirectoryLinkRequests {
    void add(DirectoryLinkRequest request);

    Optional<DirectoryLinkRequest> byId(UUID id);

    /** The newest pending request of that account, if any. */
    Optional<DirectoryLinkRequest> latestOf(MicrosoftAccountId requester);

    void remove(UUID id);
}
