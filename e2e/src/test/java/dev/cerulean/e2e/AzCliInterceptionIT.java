package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.http.AzurePublicNames;
import dev.cerulean.server.intercept.InterceptProxy;
import dev.cerulean.server.tls.InterceptAuthority;
import dev.cerulean.server.tls.SelfSignedCertificate;
import dev.cerulean.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's unmodified Azure CLI (2.45) against Cerulean in interception mode, with a throwaway
 * HOME: the only set-up is HTTPS_PROXY and the interception authority as REQUESTS_CA_BUNDLE, as
 * {@code cerulean env} prints them. Sam Reader is made Owner of the demo subscription first, so that
 * a work account signed in with a password may grant roles. Nothing leaves the machine: the proxy
 * refuses every other name, and the test checks it was asked for Azure's names only.
 */
class AzCliInterceptionIT {
    private static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    private static final String SUB = "/subscriptions/" + DemoWorld.SUBSCRIPTION;

    @TempDir
    static Path data;

    static Database database;
    static CeruleanServer server;
    static InterceptProxy proxy;
    static Path home;
    static Path caBundle;

    @BeforeAll
    static void start() throws Exception {
        database = Database.open(Database.h2FileUrl(data.resolve("db")), null, null);
        Ports ports = database.ports(Clock.systemUTC(), IdGenerator.random());
        if (!new LoadWorld(ports).load(DemoWorld.world()).isLoaded()) throw new IllegalStateException("demo world");
        ports.transactions().inTransaction(() -> {
            ports.roleAssignments()
                    .add(new RoleAssignment(
                            new RoleAssignmentId(UUID.randomUUID()),
                            Scope.subscription(DemoWorld.SUBSCRIPTION),
                            DemoWorld.SAM_READER,
                            RoleAssignment.PrincipalType.User,
                            BuiltInRoles.OWNER.id(),
                            DemoWorld.DEFAULT_DIRECTORY,
                            Instant.now(),
                            "test"));
            ports.subscriptions().touch(DemoWorld.SUBSCRIPTION);
            return null;
        });
        InterceptAuthority authority = InterceptAuthority.of(data, Instant.now());
        List<String> names = new ArrayList<>(AzurePublicNames.all());
        var certificate = authority.issue(SelfSignedCertificate.names(names), Instant.now());
        server = new CeruleanServer(ports, new dev.cerulean.server.StoreStatus() {
                    @Override
                    public boolean isHealthy() {
                        return database.isHealthy();
                    }

                    @Override
                    public String product() {
                        return database.product();
                    }
                })
                .answeringAzureNames()
                .start(Listeners.anyFreePorts(certificate));
        proxy = new InterceptProxy("127.0.0.1", 0, server::httpsPort, server::graphPort).start();
        home = Files.createDirectories(data.resolve("home"));
        caBundle = authority.certificateFile();
    }

    @AfterAll
    static void stop() {
        if (proxy != null) proxy.close();
        if (server != null) server.close();
        if (database != null) database.close();
    }

    /** One az command; its exit code and output (stdout, then stderr). */
    private record Az(int code, String out, String err) {}

    private static Az az(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("az"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.toUpperCase().endsWith("_PROXY") || k.startsWith("AZURE_"));
        env.put("HOME", home.toString());
        env.put("AZURE_CONFIG_DIR", home.resolve(".azure").toString());
        env.put("HTTPS_PROXY", "http://127.0.0.1:" + proxy.port());
        env.put("REQUESTS_CA_BUNDLE", caBundle.toString());
        env.put("AZURE_CORE_COLLECT_TELEMETRY", "0");
        env.put("AZURE_CORE_ONLY_SHOW_ERRORS", "1");
        Path out = Files.createTempFile(data, "az", ".out");
        Path err = Files.createTempFile(data, "az", ".err");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("az " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Az(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String ok(String... args) throws Exception {
        Az result = az(args);
        assertThat(result.code())
                .as("az %s: %s", String.join(" ", args), result.err())
                .isZero();
        return result.out();
    }

    @Test
    void theAzureCliLogsInManagesResourceGroupsRolesAndReadsTheDirectory() throws Exception {
        assertThat(new ProcessBuilder("az", "version").start().waitFor())
                .as("Debian's azure-cli must be installed (.ci/run installs it)")
                .isZero();

        String login = ok(
                "login",
                "--service-principal",
                "-u",
                DemoWorld.DEMO_AUTOMATION_CLIENT.toString(),
                "-p",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "--tenant",
                DemoWorld.DEFAULT_DIRECTORY.toString());
        assertThat(login).contains(DemoWorld.SUBSCRIPTION.toString());
        assertThat(ok("account", "list", "--query", "[].id", "-o", "tsv")).contains(DemoWorld.SUBSCRIPTION.toString());
        ok("account", "set", "--subscription", DemoWorld.SUBSCRIPTION.toString());
        assertThat(ok("account", "show", "--query", "tenantId", "-o", "tsv").strip())
                .isEqualTo(DemoWorld.DEFAULT_DIRECTORY.toString());
        assertThat(ok("account", "list-locations", "--query", "[].name", "-o", "tsv"))
                .contains("westeurope");

        ok("group", "create", "-n", "rg-az", "-l", "westeurope");
        assertThat(ok("group", "show", "-n", "rg-az", "--query", "location", "-o", "tsv")
                        .strip())
                .isEqualTo("westeurope");
        assertThat(ok("group", "list", "--query", "[].name", "-o", "tsv")).contains("rg-az", "rg-web");
        ok("group", "delete", "-n", "rg-az", "-y");
        assertThat(ok("group", "list", "--query", "[].name", "-o", "tsv")).doesNotContain("rg-az");

        // a work account signed in with a password (Owner, given above) grants and removes a role
        ok("login", "-u", SAM, "-p", DemoWorld.PASSWORD, "--allow-no-subscriptions");
        String assignmentId =
                SUB + "/resourceGroups/rg-web/providers/Microsoft.Authorization/roleAssignments/" + UUID.randomUUID();
        String assignment = assignmentId + "?api-version=2022-04-01";
        ok(
                "rest",
                "--method",
                "put",
                "--url",
                "https://management.azure.com" + assignment,
                "--body",
                "{\"properties\":{\"roleDefinitionId\":\"" + SUB + "/providers/Microsoft.Authorization/roleDefinitions/"
                        + BuiltInRoles.READER.id() + "\",\"principalId\":\"" + DemoWorld.ALEX_IN_DEFAULT
                        + "\",\"principalType\":\"User\"}}");
        assertThat(alexOnRgWeb().strip()).isEqualTo(DemoWorld.ALEX_IN_DEFAULT.toString());
        // the package's own delete by id sends its request (create and list fail inside the package)
        ok("role", "assignment", "delete", "--ids", assignmentId);
        assertThat(alexOnRgWeb().strip()).isEmpty();

        assertThat(ok("ad", "user", "list", "--query", "[].userPrincipalName", "-o", "tsv"))
                .contains(SAM);
        // every tunnel opened went to one of Azure's names; whatever else az asked for (its first run
        // looks up azure.microsoft.com) was refused at the proxy and never contacted
        List<String> tunnelled = new ArrayList<>(proxy.destinations());
        proxy.refused().forEach(tunnelled::remove);
        assertThat(tunnelled)
                .contains("login.microsoftonline.com:443", "management.azure.com:443", "graph.microsoft.com:443")
                .allSatisfy(d -> assertThat(AzurePublicNames.all()).contains(d.substring(0, d.lastIndexOf(':'))));
        assertThat(proxy.refused())
                .noneSatisfy(d -> assertThat(AzurePublicNames.all()).contains(d.substring(0, d.lastIndexOf(':'))));
    }

    @Test
    void aMicrosoftAccountHasNoPasswordSignInAsInAzure() throws Exception {
        Az refused = az("login", "-u", DemoWorld.KELLEY, "-p", DemoWorld.PASSWORD, "--allow-no-subscriptions");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).containsPattern("AADSTS\\d+");
    }
    /** Alex's role assignments on rg-web, as principal ids, read with {@code az rest}. */
    private String alexOnRgWeb() throws Exception {
        return ok(
                "rest",
                "--method",
                "get",
                "--url",
                "https://management.azure.com" + SUB + "/resourceGroups/rg-web/providers/Microsoft.Authorization/"
                        + "roleAssignments?api-version=2022-04-01&$filter=principalId%20eq%20'"
                        + DemoWorld.ALEX_IN_DEFAULT + "'",
                "--query",
                "value[].properties.principalId",
                "-o",
                "tsv");
    }
}
