package dev.cerulean.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.signin.SignInAttempts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

public abstract class SignInAttemptsContract extends PortContract {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void failuresAreCountedPerKeyWithTheLastTime() {
        ports.signInAttempts().recordFailure("name:kelley.wall@outlook.com", T0);
        ports.signInAttempts().recordFailure("name:kelley.wall@outlook.com", T0.plusSeconds(5));
        ports.signInAttempts().recordFailure("address:127.0.0.1", T0);

        assertThat(ports.signInAttempts().failures("name:kelley.wall@outlook.com"))
                .isEqualTo(new SignInAttempts.Failures(2, T0.plusSeconds(5)));
        assertThat(ports.signInAttempts().failures("address:127.0.0.1").count()).isEqualTo(1);
        assertThat(ports.signInAttempts().failures("name:nobody")).isEqualTo(SignInAttempts.Failures.NONE);
    }

    @Test
    void clearForgetsAKey() {
        ports.signInAttempts().recordFailure("name:a", T0);
        ports.signInAttempts().recordFailure("name:b", T0);

        ports.signInAttempts().clear("name:a");

        assertThat(ports.signInAttempts().failures("name:a")).isEqualTo(SignInAttempts.Failures.NONE);
        assertThat(ports.signInAttempts().failures("name:b").count()).isEqualTo(1);
    }
}
