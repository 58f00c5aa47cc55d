package dev.cerulean.server.identity;

import static dev.cerulean.server.identity.IdentityServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.server.MovableClock;
import dev.cerulean.server.testing.TestReply;
import dev.cerulean.server.testing.TestServer;
import dev.cerulean.server.testing.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When every place in the hashing pool is taken, the token endpoint answers Azure's throttling error, never a 500. */
class BusyHashingTest {
    private static final String ARM = "https://management.core.windows.net//.default";
    private final Ports world = Worlds.kelleyWall(
                    InMemoryPorts.create(new MovableClock(Worlds.NOW), Worlds.sequentialIds()))
            .ports();
    private final PasswordHasher busy = new PasswordHasher() {
        @Override
        public PasswordHash hash(String secret) {
            throw new Busy();
        }

        @Override
        public boolean verify(String secret, PasswordHash hash) {
            throw new Busy();
        }
    };
    private final TestServer server = TestServer.plain(InMemoryPorts.withHasher(world, busy));

    @AfterEach
    void stop() {
        server.close();
    }

    private TestReply token(Map<String, String> fields) {
        return server.tokens().request("contoso.onmicrosoft.com", fields);
    }

    @Test
    void passwordAndClientSecretGrantsAnswer429TemporarilyUnavailableWithRetryAfter() throws Exception {
        var password = token(form(
                "grant_type",
                "password",
                "client_id",
                TestTokens.CLI,
                "username",
                "megan.bowen@contoso.onmicrosoft.com",
                "password",
                Worlds.PASSWORD,
                "scope",
                ARM));
        var secret = token(form(
                "grant_type",
                "client_credentials",
                "client_id",
                Worlds.CONTOSO_AUTOMATION_CLIENT.toString(),
                "client_secret",
                DemoWorld.CONTOSO_AUTOMATION_SECRET,
                "scope",
                ARM));

        for (var reply : java.util.List.of(password, secret)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(429);
            assertThat(reply.json().path("error").asText()).isEqualTo("temporarily_unavailable");
            assertThat(reply.header("Retry-After")).isNotNull();
        }
        assertThat(world.signInAttempts()
                        .failures("name:megan.bowen@contoso.onmicrosoft.com")
                        .count())
                .as("a busy server decided nothing: no failure counted")
                .isZero();
    }
}
