package dev.cerulean.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body over 1 MB is answered 413 by every API in its own error shape (never a 5xx, nor another
 * API's shape), before anything runs — even before the caller is known.
 */
class BodyLimitTest {
    private static final int OVER = 1_000_001;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer running;
    private static CeruleanServer server;
    private static SSLContext trusting;

    record Answer(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeAll
    static void start() {
        running = TestServer.https(Worlds.kelleyWall().ports());
        server = running.server;
        trusting = running.ssl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * Sends the request head and then the body from another thread, reading the answer meanwhile:
     * a server may answer (and stop reading) before the body is all sent, as Java's HttpClient
     * cannot take (it fails on the broken pipe, or hangs waiting for 100-continue).
     */
    private static Answer send(boolean tls, int port, String method, String path, String contentType) throws Exception {
        try (Socket socket =
                tls ? trusting.getSocketFactory().createSocket("localhost", port) : new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: " + contentType
                            + "\r\nAuthorization: Bearer not-a-token\r\nContent-Length: " + OVER + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread body = new Thread(() -> {
                byte[] chunk = new byte[16_384];
                Arrays.fill(chunk, (byte) 'a');
                try {
                    for (int sent = 0; sent < OVER; sent += chunk.length)
                        out.write(chunk, 0, Math.min(chunk.length, OVER - sent));
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed: what it answered is what the test reads
                }
            });
            body.setDaemon(true);
            body.start();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new IOException("no answer: " + head);
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        int length = 0;
        String type = "";
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:"))
                length = Integer.parseInt(line.substring(15).strip());
            if (lower.startsWith("content-type:")) type = line.substring(13).strip();
        }
        return new Answer(status, type, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    @Test
    void theTokenAndDeviceCodeEndpointsAnswerAnOAuthError() throws Exception {
        for (String path :
                List.of("/common/oauth2/v2.0/token", "/organizations/oauth2/token", "/common/oauth2/v2.0/devicecode")) {
            Answer answer = send(true, server.httpsPort(), "POST", path, "application/x-www-form-urlencoded");

            assertThat(answer.status()).as(path).isEqualTo(413);
            assertThat(answer.json().path("error").asText()).as(path).isEqualTo("invalid_request");
            assertThat(answer.json().path("error_codes").get(0).asInt()).isEqualTo(90004);
            assertThat(answer.json().path("error_description").asText())
                    .startsWith("AADSTS90004: The request body is larger than 1 MB.");
        }
    }

    @Test
    void graphAnswersItsOwnErrorShapeBeforeAskingForTheToken() throws Exception {
        Answer answer = send(true, server.graphPort(), "POST", "/v1.0/users", "application/json");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("error").path("code").asText()).isEqualTo("Request_EntityTooLarge");
        assertThat(answer.json()
                        .path("error")
                        .path("innerError")
                        .path("request-id")
                        .asText())
                .isNotEmpty();
    }

    @Test
    void armAnswersItsOwnErrorShapeBeforeAskingForTheToken() throws Exception {
        Answer answer = send(
                true,
                server.httpsPort(),
                "PUT",
                "/subscriptions/" + Worlds.SUBSCRIPTION + "/resourcegroups/big?api-version=2021-04-01",
                "application/json");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("error").path("code").asText()).isEqualTo("RequestContentTooLarge");
        assertThat(answer.json().path("error").has("details")).isTrue();
    }

    @Test
    void theSignInAndPortalFormsAndTheRedeemPageAnswerAPage() throws Exception {
        for (String path :
                List.of("/login/password", "/classic/settings/administrators/add", "/redeem", "/devicelogin")) {
            Answer answer = send(false, server.port(), "POST", path, "application/x-www-form-urlencoded");

            assertThat(answer.status()).as(path).isEqualTo(413);
            assertThat(answer.contentType()).as(path).startsWith("text/html");
            assertThat(answer.body()).as(path).contains("<h1>").containsIgnoringCase("1 MB");
        }
    }
}
