package dev.cerulean.core.token;

import dev.cerulean.core.account.Caller;
import java.time.Instant;
import java.util.Optional;

/** Port: device-code sign-ins in progress. */
public interface DeviceCodes {
    void add(DeviceCode code);

    Optional<DeviceCode> byHash(String hash);

    /** By the user code, case-insensitive. */
    Optional<DeviceCode> byUserCode(String userCode);

    /** Approves ({@code caller} non-null) or denies a pending code; false when it is not pending. */
    boolean decide(String userCode, DeviceCode.State decision, Caller caller);

    /**
     * Records that the client polled the code at {@code at}; the poll before it, if any. Polls of
     * one code through any node see each other (RFC 8628 slow_down).
     */
    Optional<Instant> polled(String hash, Instant at);

    /** Removes the code and answers it: the one caller that takes it redeems it. */
    Optional<DeviceCode> take(String hash);

    /** Removes every code expired at {@code now}; returns how many. */
    int removeExpired(Instant now);
}
