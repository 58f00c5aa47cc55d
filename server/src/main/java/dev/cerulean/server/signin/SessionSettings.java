package dev.cerulean.server.signin;

import java.time.Duration;

/**
 * How long a browser session lives: {@code idle} without a request, {@code absolute} in all.
 * A session's last-seen time is written at most once per {@code touchEvery} (never more than a
 * quarter of {@code idle}), so reading pages does not write to the database on every request.
 */
public record SessionSettings(Duration idle, Duration absolute, Duration touchEvery) {
    public static final SessionSettings DEFAULT =
            new SessionSettings(Duration.ofHours(1), Duration.ofHours(12), Duration.ofMinutes(1));

    public SessionSettings {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero()) {
            throw new IllegalArgumentException("session lifetimes must be positive");
        }
        // the last-seen time must be written well within the idle time, or a session in use ends
        // (a fixed minute made any idle time under a minute end sessions while they were used)
        Duration quarter = idle.dividedBy(4);
        if (touchEvery.compareTo(quarter) > 0) touchEvery = quarter;
    }
}
