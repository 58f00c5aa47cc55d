package dev.cerulean.server.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cerulean.core.Ports;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.HealthyStore;
import dev.cerulean.server.MovableClock;
import dev.cerulean.server.StoreStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo world on in-memory ports behind a started server (plain HTTP), and small HTTP helpers. */
final class IdentityServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final StoreStatus STORE = new HealthyStore("memory");

    final MovableClock clock = new MovableClock(Worlds.NOW);
    final Ports ports = Worlds.kelleyWall(InMemoryPorts.create(clock, Worlds.sequentialIds()))
            .ports();
    final CeruleanServer server;
    final String base;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    IdentityServer(IdentitySettings settings) {
        server = new CeruleanServer(ports, STORE).identitySettings(settings).start("localhost", 0);
        base = "http://localhost:" + server.port();
    }

    IdentityServer() {
        this(IdentitySettings.DEFAULT);
    }

    record Reply(int status, JsonNode json, HttpResponse<String> raw) {
        String error() {
            return json.path("error").asText();
        }

        JWTClaimsSet claims(String field) throws Exception {
            return SignedJWT.parse(json.path(field).asText()).getJWTClaimsSet();
        }
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) form.put(pairs[i], pairs[i + 1]);
        return form;
    }

    Reply post(String path, Map<String, String> form, String... headers) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return reply(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    Reply get(String path) throws Exception {
        return reply(http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply reply(HttpResponse<String> r) throws Exception {
        JsonNode json = r.body().startsWith("{") ? JSON.readTree(r.body()) : JSON.createObjectNode();
        return new Reply(r.statusCode(), json, r);
    }

    @Override
    public void close() {
        server.close();
    }
}
