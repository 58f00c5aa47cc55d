package dev.cerulean.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.signin.SignInAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

public abstract class SignInAttemptsContract extends PortContract {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void failuresAreCountedPerKeyWithinTheirWindow() {
        ports.signInAttempts().recordFailure("name:kelley.wall@outlook.com", T0, HOUR);
        var second = ports.signInAttempts().recordFailure("name:kelley.wall@outlook.com", T0.plusSeconds(5), HOUR);
        ports.signInAttempts().recordFailure("address:127.0.0.1", T0, HOUR);

        assertThat(second).isEqualTo(new SignInAttempts.Failures(2, T0, T0.plusSeconds(5), 0, Instant.EPOCH));
        assertThat(ports.signInAttempts().failures("name:kelley.wall@outlook.com"))
                .isEqualTo(second);
        assertThat(ports.signInAttempts().failures("address:127.0.0.1").count()).isEqualTo(1);
        assertThat(ports.signInAttempts().failures("name:nobody")).isEqualTo(SignInAttempts.Failures.NONE);
    }

    @Test
    void theCountStartsAgainOnceItsWindowHasPassed() {
        ports.signInAttempts().recordFailure("name:a", T0, HOUR);
        ports.signInAttempts().recordFailure("name:a", T0.plusSeconds(60), HOUR);

        var later = ports.signInAttempts().recordFailure("name:a", T0.plus(HOUR).plusSeconds(1), HOUR);

        assertThat(later.count()).isEqualTo(1);
        assertThat(later.windowStart()).isEqualTo(T0.plus(HOUR).plusSeconds(1));
    }

    @Test
    void aLockIsKeptWithItsNumberAndTheCountStartsAgain() {
        ports.signInAttempts().recordFailure("name:a", T0, HOUR);
        ports.signInAttempts().recordFailure("name:a", T0.plusSeconds(1), HOUR);

        ports.signInAttempts().lock("name:a", T0.plusSeconds(61), 2);

        var f = ports.signInAttempts().failures("name:a");
        assertThat(f.count()).isZero();
        assertThat(f.lockouts()).isEqualTo(2);
        assertThat(f.lockedUntil()).isEqualTo(T0.plusSeconds(61));
        assertThat(f.lockedAt(T0.plusSeconds(60))).isTrue();
        assertThat(f.lockedAt(T0.plusSeconds(61))).isFalse();
        assertThat(ports.signInAttempts()
                        .recordFailure("name:a", T0.plusSeconds(70), HOUR)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void clearForgetsAKey() {
        ports.signInAttempts().recordFailure("name:a", T0, HOUR);
        ports.signInAttempts().recordFailure("name:b", T0, HOUR);

        ports.signInAttempts().clear("name:a");

        assertThat(ports.signInAttempts().failures("name:a")).isEqualTo(SignInAttempts.Failures.NONE);
        assertThat(ports.signInAttempts().failures("name:b").count()).isEqualTo(1);
    }

    @Test
    void idleKeysAreForgottenButNotThoseStillLocked() {
        ports.signInAttempts().recordFailure("name:nobody-1", T0, HOUR);
        ports.signInAttempts().recordFailure("name:locked", T0, HOUR);
        ports.signInAttempts().lock("name:locked", T0.plus(Duration.ofDays(2)), 1);
        ports.signInAttempts().recordFailure("name:recent", T0.plus(Duration.ofDays(1)), HOUR);

        int forgotten = ports.signInAttempts().forgetIdleSince(T0.plus(Duration.ofHours(12)));

        assertThat(forgotten).isEqualTo(1);
        assertThat(ports.signInAttempts().failures("name:nobody-1")).isEqualTo(SignInAttempts.Failures.NONE);
        assertThat(ports.signInAttempts().failures("name:locked").lockouts()).isEqualTo(1);
        assertThat(ports.signInAttempts().failures("name:recent").count()).isEqualTo(1);
    }

    @Test
    void aDeviceIsFamiliarForTheNamesItSignedInOnly() {
        ports.signInAttempts().rememberDevice("d1", "name:a", T0);
        ports.signInAttempts().rememberDevice("d1", "name:a", T0.plusSeconds(5));

        assertThat(ports.signInAttempts().isFamiliarDevice("d1", "name:a")).isTrue();
        assertThat(ports.signInAttempts().isFamiliarDevice("d1", "name:b")).isFalse();
        assertThat(ports.signInAttempts().isFamiliarDevice("d2", "name:a")).isFalse();
    }

    @Test
    void concurrentFirstFailuresOfANewKeyAreAllCountedWithoutAnError() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        ports.transactions()
                                .inTransaction(
                                        () -> ports.signInAttempts().recordFailure("name:fresh@outlook.com", T0, HOUR));
                    }
                }));
            }
            for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ports.signInAttempts().failures("name:fresh@outlook.com").count())
                .isEqualTo(40);
    }

    @Test
    void keysAndDevicesOfFourHundredCharactersAreKept() {
        String key = "name:" + "k".repeat(395);
        ports.signInAttempts().recordFailure(key, T0, HOUR);
        ports.signInAttempts().rememberDevice("ab".repeat(32), key, T0);

        assertThat(ports.signInAttempts().failures(key).count()).isEqualTo(1);
        assertThat(ports.signInAttempts().isFamiliarDevice("ab".repeat(32), key))
                .isTrue();
    }
}
