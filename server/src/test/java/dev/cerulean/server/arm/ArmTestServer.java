package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.http.BearerAuthentication;
import dev.cerulean.server.http.ErrorResponses;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ARM routes alone on a Javalin at port 0, on the demo world, with a test verifier that
 * maps {@code Bearer test:<name>} to the world's callers ({@code expired}, {@code wrong-audience}
 * and anything else are refused as a real verifier would).
 */
final class ArmTestServer implements AutoCloseable {
    final Worlds.KelleyWall world;
    final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    record Response(int status, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            try {
                return ArmJson.MAPPER.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }
    }

    ArmTestServer() {
        this(Worlds.kelleyWall());
    }

    ArmTestServer(Worlds.KelleyWall world) {
        this.world = world;
        ArmApi api = new ArmApi(UseCases.of(world.ports()), new TestBearer(world), ArmSettings.fromRequests());
        app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    ErrorResponses.register(config.routes);
                    api.register(config);
                })
                .start("localhost", 0);
    }

    Ports ports() {
        return world.ports();
    }

    String base() {
        return "http://localhost:" + app.port();
    }

    Response send(String method, String path, String token, String body) {
        return send(method, path, token, body, Map.of());
    }

    Response send(String method, String path, String token, String body, Map<String, String> headers) {
        try {
            var request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base() + path))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (token != null)
                request.header("Authorization", token.startsWith("Bearer") ? token : "Bearer test:" + token);
            if (body != null) request.header("Content-Type", "application/json");
            headers.forEach(request::header);
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path, e);
        }
    }

    Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Fake bearer values to the world's callers; the person's object in a directory is looked up when it is asked for. */
    static final class TestBearer implements BearerAuthentication {
        private final Worlds.KelleyWall world;
        private final Map<String, Function<Worlds.KelleyWall, Caller>> callers = Map.of(
                "kelley", Worlds.KelleyWall::kelleyMsaInDefault,
                "alex", Worlds.KelleyWall::alexMsaInDefault,
                "sam", Worlds.KelleyWall::samReader,
                "automation", Worlds.KelleyWall::demoAutomation,
                "contoso-admin", Worlds.KelleyWall::contosoGlobalAdministrator,
                "megan", Worlds.KelleyWall::megan,
                "kelley-in-contoso",
                        w -> personIn(
                                w,
                                new Identity.Personal(Worlds.KELLEY_MSA),
                                Worlds.CONTOSO,
                                "kelley.wall@outlook.com"));

        TestBearer(Worlds.KelleyWall world) {
            this.world = world;
        }

        @Override
        public Result authenticate(String header, Audience audience) {
            if (!header.startsWith("Bearer test:"))
                return new Refused("InvalidAuthenticationToken", "The access token is invalid.");
            String name = header.substring("Bearer test:".length());
            if (name.equals("expired"))
                return new Refused("ExpiredAuthenticationToken", "The access token expiry UTC time is in the past.");
            if (name.equals("wrong-audience"))
                return new Refused("InvalidAuthenticationTokenAudience", "The access token has an invalid audience.");
            var caller = callers.get(name);
            if (caller == null) return new Refused("InvalidAuthenticationToken", "The access token is invalid.");
            return new Authenticated(caller.apply(world), List.of("user_impersonation"), List.of());
        }

        private static Caller personIn(Worlds.KelleyWall w, Identity person, DirectoryId directory, String email) {
            var user = w.ports().directoryUsers().ofPerson(person).stream()
                    .filter(u -> u.directory().equals(directory))
                    .findFirst()
                    .orElse(null);
            return new Caller(person, directory, user == null ? null : user.id(), Email.of(email));
        }
    }
}
