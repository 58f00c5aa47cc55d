package dev.cerulean.core.move;

import dev.cerulean.core.common.MicrosoftAccountId;
import java.time.Instant;
import java.util.UUID;

/** "Use existing directory" between step 1.4 and 1.6: which Microsoft account asked, and until when. */
public record DirectoryLinkRequest(UUID id, MicrosoftAccountId requester, Instant requestedAt, Instant expiresAt) {
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
