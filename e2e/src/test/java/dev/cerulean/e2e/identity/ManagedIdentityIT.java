package dev.cerulean.e2e.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.resource.PutResource;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.ChildProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * azure-identity's {@code ManagedIdentityCredential}, unmodified, in a JVM whose environment names
 * Cerulean's managed-identity endpoint and a header granted for two identities: it gets a token of
 * the user-assigned one it asks for by client id, and, once that identity is a Reader of the
 * subscription, the Azure SDK lists the subscription's resource groups with it.
 */
class ManagedIdentityIT {
    private static final ResourceId ID_WEB =
            ResourceId.of(DemoWorld.SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web");
    private static final ResourceId VM_WEB =
            ResourceId.of(DemoWorld.SUBSCRIPTION, "rg-web", Resource.VIRTUAL_MACHINE, "vm-web");

    @TempDir
    static Path data;

    static RunningCerulean cerulean;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data);
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    @Test
    void managedIdentityCredentialGetsATokenThatArmAcceptsAndTheSdkListsResourceGroups() throws Exception {
        UseCases uses = UseCases.of(cerulean.ports);
        Caller kelley = new Caller(
                new Identity.Personal(DemoWorld.KELLEY_MSA),
                DemoWorld.DEFAULT_DIRECTORY,
                DemoWorld.KELLEY_IN_DEFAULT,
                Email.of(DemoWorld.KELLEY));
        Resource identity = uses.resource()
                .putResource()
                .put(
                        kelley,
                        new PutResource.Request(ID_WEB, "westeurope", Map.of(), PutResource.IdentityRequest.UNCHANGED))
                .orThrow()
                .resource();
        uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000e1"),
                                Scope.subscription(DemoWorld.SUBSCRIPTION),
                                BuiltInRoles.READER.id(),
                                identity.identity().principalId()))
                .orThrow();
        // the machine's identity is the grant's default: the client asks for the other by client id
        String header = uses.resource()
                .managedIdentityTokens()
                .grant(kelley, List.of(VM_WEB, ID_WEB))
                .orThrow();

        ProcessBuilder hosted = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ManagedIdentityClient.class.getName(),
                data.resolve("export/trust.p12").toString(),
                cerulean.authorityHost,
                DemoWorld.DEFAULT_DIRECTORY.toString(),
                DemoWorld.SUBSCRIPTION.toString(),
                identity.identity().clientId().toString());
        Map<String, String> env = hosted.environment();
        env.keySet().removeIf(k -> k.startsWith("IDENTITY_") || k.startsWith("MSI_") || k.startsWith("AZURE_"));
        env.put("IDENTITY_ENDPOINT", cerulean.authorityHost + "/msi/token");
        env.put("IDENTITY_HEADER", header);
        ChildProcess run = ChildProcess.run(hosted, 120);
        String out = run.output();

        assertThat(run.ended()).as(out).isTrue();
        assertThat(run.exitValue()).as(out).isZero();
        assertThat(out).contains("OID " + identity.identity().principalId());
        assertThat(out).contains("MIRID " + ID_WEB);
        assertThat(out).contains("GROUP rg-web");
        assertThat(out).as("the header is a secret").doesNotContain(header);
    }
}
