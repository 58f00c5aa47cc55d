package dev.cerulean.core.token;

import dev.cerulean.core.account.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A device-code sign-in in progress: {@code hash} is the SHA-256 of the device code the client
 * polls with; {@code userCode} is what the person types at the verification page. {@code tenant}
 * is the tenant segment the client asked through (a directory id, a domain, common, …).
 * {@code approvedBy} is set once the person approved.
 */
public record DeviceCode(
        String hash,
        String userCode,
        UUID clientId,
        String tenant,
        List<String> scopes,
        Instant createdAt,
        Instant expiresAt,
        int intervalSeconds,
        State state,
        Caller approvedBy) {

    public enum State {
        Pending,
        Approved,
        Denied
    }

    public DeviceCode {
        scopes = List.copyOf(scopes);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
