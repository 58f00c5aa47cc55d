package dev.cerulean.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.resource.ManagedIdentityTokens;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.token.TokenHash;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.LoadWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityCommandTest {
    private static final String VM_WEB = ResourceId.of(
                    DemoWorld.SUBSCRIPTION, "rg-web", Resource.VIRTUAL_MACHINE, "vm-web")
            .toString();

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
    void endpointPrintsTheEnvironmentWhoseHeaderGetsTheIdentitysTokensAndIsStoredOnlyAsAHash() {
        new LoadWorld(ports).load(DemoWorld.world());

        int code = run(
                "identity",
                "endpoint",
                "--identity",
                VM_WEB,
                "--url",
                "https://localhost:9443/",
                "--data",
                tmp.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("IDENTITY_ENDPOINT=https://localhost:9443/msi/token");
        Matcher header = Pattern.compile("IDENTITY_HEADER=(\\S+)").matcher(out.toString());
        assertThat(header.find()).isTrue();
        assertThat(ports.identityEndpointGrants().bySecretHash(TokenHash.of(header.group(1))))
                .isPresent();
        var served = dev.cerulean.core.UseCases.of(ports)
                .resource()
                .managedIdentityTokens()
                .resolve(header.group(1), ManagedIdentityTokens.Selector.DEFAULT)
                .orThrow();
        assertThat(served.identity().principalId()).isEqualTo(DemoWorld.VM_WEB_IDENTITY);
    }

    @Test
    void aResourceWithoutIdentityOrABadIdIsRefused() {
        new LoadWorld(ports).load(DemoWorld.world());
        String vault = ResourceId.of(DemoWorld.SUBSCRIPTION, "rg-web", Resource.KEY_VAULT, "kv-web")
                .toString();

        assertThat(run("identity", "endpoint", "--identity", vault, "--data", tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("ManagedIdentityNotFound");
        assertThat(run("identity", "endpoint", "--identity", "not-an-id", "--data", tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("not a resource id");
        assertThat(out.toString()).doesNotContain("IDENTITY_HEADER");
    }
}
