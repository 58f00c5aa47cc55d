package dev.cerulean.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.signin.Session;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

public abstract class SessionsContract extends PortContract {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private static Session session(String id, Caller caller) {
        return new Session(id, caller, T0, T0, T0.plus(Duration.ofHours(8)));
    }

    @Test
    void aSessionReadsBackWithItsCaller() {
        Caller kelley = new Caller(
                new Identity.Personal(Worlds.KELLEY_MSA),
                Worlds.DEFAULT_DIRECTORY,
                Worlds.KELLEY_IN_DEFAULT,
                Email.of("kelley.wall@outlook.com"));
        ports.sessions().add(session("a".repeat(64), kelley));

        assertThat(ports.sessions().byId("a".repeat(64))).contains(session("a".repeat(64), kelley));
        assertThat(ports.sessions().byId("b".repeat(64))).isEmpty();
    }

    @Test
    void aNewMicrosoftAccountSignsInThroughNoDirectory() {
        Caller newcomer =
                new Caller(new Identity.Personal(Worlds.ALEX_MSA), null, null, Email.of("alex.ops@outlook.com"));
        ports.sessions().add(session("c".repeat(64), newcomer));

        assertThat(ports.sessions().byId("c".repeat(64)).orElseThrow().caller()).isEqualTo(newcomer);
    }

    @Test
    void touchMovesLastSeenAndRemoveEndsTheSession() {
        Caller sam = new Caller(
                new Identity.Work(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER),
                Worlds.DEFAULT_DIRECTORY,
                Worlds.SAM_READER,
                Email.of("sam.reader@kelleywalloutlook.onmicrosoft.com"));
        ports.sessions().add(session("d".repeat(64), sam));

        ports.sessions().touch("d".repeat(64), T0.plusSeconds(90));
        assertThat(ports.sessions().byId("d".repeat(64)).orElseThrow().lastSeenAt())
                .isEqualTo(T0.plusSeconds(90));

        ports.sessions().remove("d".repeat(64));
        assertThat(ports.sessions().byId("d".repeat(64))).isEmpty();
    }

    @Test
    void removeExpiredRemovesOnlyExpiredSessions() {
        Caller sam = new Caller(
                new Identity.Work(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER),
                Worlds.DEFAULT_DIRECTORY,
                Worlds.SAM_READER,
                null);
        ports.sessions().add(new Session("e".repeat(64), sam, T0, T0, T0.plusSeconds(60)));
        ports.sessions().add(new Session("f".repeat(64), sam, T0, T0, T0.plusSeconds(600)));

        assertThat(ports.sessions().removeExpired(T0.plusSeconds(60))).isEqualTo(1);
        assertThat(ports.sessions().byId("e".repeat(64))).isEmpty();
        assertThat(ports.sessions().byId("f".repeat(64))).isPresent();
    }
}
