package dev.cerulean.server.arm;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.http.ErrorResponses;
import dev.cerulean.server.testing.TestBearer;
import dev.cerulean.server.testing.TestHttp;
import dev.cerulean.server.testing.TestReply;
import io.javalin.Javalin;
import java.util.Map;

/**
 * The ARM routes alone on a Javalin at port 0, on the demo world, with a test verifier that
 * maps {@code Bearer test:<name>} to the world's callers ({@code expired}, {@code wrong-audience}
 * and anything else are refused as a real verifier would).
 */
final class ArmTestServer implements AutoCloseable {
    final Worlds.KelleyWall world;
    final Javalin app;
    private final TestHttp http;

    ArmTestServer() {
        this(Worlds.kelleyWall());
    }

    ArmTestServer(Worlds.KelleyWall world) {
        this.world = world;
        ArmApi api = new ArmApi(UseCases.of(world.ports()), bearer(world), ArmSettings.fromRequests());
        app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    ErrorResponses.register(config.routes);
                    api.register(config);
                })
                .start("localhost", 0);
        http = new TestHttp(base());
    }

    Ports ports() {
        return world.ports();
    }

    String base() {
        return "http://localhost:" + app.port();
    }

    TestReply send(String method, String path, String token, String body) {
        return send(method, path, token, body, Map.of());
    }

    /** One request as {@code token} ({@code Bearer test:<token>}, or a whole Authorization value starting with Bearer). */
    TestReply send(String method, String path, String token, String body, Map<String, String> headers) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        if (token != null) all.put("Authorization", token.startsWith("Bearer") ? token : "Bearer test:" + token);
        return http.send(method, path, body, all);
    }

    TestReply get(String path, String token) {
        return send("GET", path, token, null);
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The named callers of the ARM tests ({@code Bearer test:<name>}). */
    static TestBearer bearer(Worlds.KelleyWall world) {
        return new TestBearer()
                .person("kelley", world::kelleyMsaInDefault)
                .person("alex", world::alexMsaInDefault)
                .person("sam", world::samReader)
                .person("automation", world::demoAutomation)
                .person("contoso-admin", world::contosoGlobalAdministrator)
                .person("megan", world::megan)
                .person(
                        "kelley-in-contoso",
                        () -> personIn(
                                world,
                                new Identity.Personal(Worlds.KELLEY_MSA),
                                Worlds.CONTOSO,
                                "kelley.wall@outlook.com"));
    }

    private static Caller personIn(Worlds.KelleyWall w, Identity person, DirectoryId directory, String email) {
        var user = w.ports().directoryUsers().ofPerson(person).stream()
                .filter(u -> u.directory().equals(directory))
                .findFirst()
                .orElse(null);
        return new Caller(person, directory, user == null ? null : user.id(), Email.of(email));
    }
}
