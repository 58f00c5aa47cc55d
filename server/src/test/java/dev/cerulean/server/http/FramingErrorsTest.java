package dev.cerulean.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A request line Jetty cannot parse still gets a JSON error with a code, never Jetty's HTML page. */
class FramingErrorsTest {

    @Test
    void anUnencodedSpaceInTheQueryIsABadRequestInArmsShape() throws Exception {
        try (var server = TestServer.plain(Worlds.kelleyWall().ports())) {
            String answer = raw(
                    server.port(),
                    "GET /subscriptions/x/providers/Microsoft.Authorization/roleAssignments"
                            + "?$filter=atScope() and principalId eq 'x' HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).containsIgnoringCase("content-type: application/json");
            assertThat(answer).contains("{\"error\":{\"code\":\"BadRequest\"").doesNotContain("<html");
        }
    }

    private static String raw(int port, String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
