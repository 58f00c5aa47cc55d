package dev.cerulean.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.LoadWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppCommandTest {
    @TempDir
    Path tmp;

    private final InMemoryStoreOpener opener = new InMemoryStoreOpener();
    private final Ports ports = opener.ports;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Main(new HashMap<>(), opener, new PrintWriter(out), new PrintWriter(err), r -> {}).run(args);
    }

    @Test
    void appCreatePrintsTheClientIdAndASecretThatVerifiesAndGrantsGraphRoles() {
        new LoadWorld(ports).load(DemoWorld.world());

        int code = run(
                "app",
                "create",
                "--directory",
                "Contoso.onmicrosoft.com",
                "--name",
                "ci-deployer",
                "--graph-role",
                "User.Read.All",
                "--data",
                tmp.toString());

        assertThat(code).as(err.toString()).isZero();
        Matcher id = Pattern.compile("client id: +(\\S+)").matcher(out.toString());
        Matcher secret = Pattern.compile("client secret: +(\\S+)").matcher(out.toString());
        assertThat(id.find()).isTrue();
        assertThat(secret.find()).isTrue();
        AppRegistration app = ports.appRegistrations()
                .byClientId(UUID.fromString(id.group(1)))
                .orElseThrow();
        assertThat(app.directory()).isEqualTo(DemoWorld.CONTOSO);
        assertThat(app.displayName()).isEqualTo("ci-deployer");
        assertThat(app.graphAppRoles()).containsExactly("User.Read.All");
        assertThat(app.secrets()).hasSize(1);
        assertThat(ports.passwordHasher()
                        .verify(secret.group(1), app.secrets().get(0).hash()))
                .isTrue();
    }

    @Test
    void anUnknownDirectoryOrRoleIsRefused() {
        new LoadWorld(ports).load(DemoWorld.world());

        assertThat(run("app", "create", "--directory", "nowhere.example", "--name", "x", "--data", tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no directory nowhere.example");
        assertThat(run(
                        "app",
                        "create",
                        "--directory",
                        DemoWorld.CONTOSO.toString(),
                        "--name",
                        "y",
                        "--graph-role",
                        "Everything.All",
                        "--data",
                        tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("InvalidGraphAppRole");
        assertThat(ports.appRegistrations().inDirectory(DemoWorld.CONTOSO)).hasSize(1);
    }

    @Test
    void appSecretRemoveRemovesTheSecretByKeyIdAndRefusesAnUnknownOne() {
        new LoadWorld(ports).load(DemoWorld.world());
        assertThat(run(
                        "app",
                        "create",
                        "--directory",
                        "contoso.onmicrosoft.com",
                        "--name",
                        "ci",
                        "--data",
                        tmp.toString()))
                .isZero();
        Matcher id = Pattern.compile("client id: +(\\S+)").matcher(out.toString());
        Matcher key = Pattern.compile("secret key id: +(\\S+)").matcher(out.toString());
        assertThat(id.find()).isTrue();
        assertThat(key.find()).isTrue();

        int code = run(
                "app",
                "secret",
                "remove",
                "--directory",
                "contoso.onmicrosoft.com",
                "--app",
                id.group(1),
                "--key-id",
                key.group(1),
                "--data",
                tmp.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Removed client secret " + key.group(1));
        assertThat(ports.appRegistrations()
                        .byClientId(UUID.fromString(id.group(1)))
                        .orElseThrow()
                        .secrets())
                .isEmpty();
        assertThat(run(
                        "app",
                        "secret",
                        "remove",
                        "--directory",
                        "contoso.onmicrosoft.com",
                        "--app",
                        id.group(1),
                        "--key-id",
                        key.group(1),
                        "--data",
                        tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("ClientSecretNotFound");
        assertThat(run(
                        "app",
                        "secret",
                        "remove",
                        "--directory",
                        "contoso.onmicrosoft.com",
                        "--app",
                        "not-a-guid",
                        "--key-id",
                        key.group(1),
                        "--data",
                        tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--app");
    }

    @Test
    void keysRotateMakesANewKeySign() {
        new LoadWorld(ports).load(DemoWorld.world());

        assertThat(run("keys", "rotate", "--directory", "contoso.onmicrosoft.com", "--data", tmp.toString()))
                .isZero();
        assertThat(run("keys", "rotate", "--directory", "contoso.onmicrosoft.com", "--data", tmp.toString()))
                .isZero();

        var keys = ports.signingKeys().ofDirectory(DemoWorld.CONTOSO);
        assertThat(keys).hasSize(2);
        assertThat(keys.stream().filter(k -> k.retiredAt() == null)).hasSize(1);
    }
}
