package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.azure.resourcemanager.authorization.fluent.models.PermissionInner;
import com.azure.resourcemanager.authorization.fluent.models.RoleDefinitionInner;
import com.azure.resourcemanager.authorization.models.BuiltInRole;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.ReferenceCreate;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.identity.ManagedIdentityClient;
import dev.cerulean.e2e.identity.RunningCerulean;
import dev.cerulean.server.plan.MoveMappingJson;
import dev.cerulean.server.plan.MovePlanReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory change rehearsed end to end with unmodified clients over HTTPS. The demo world,
 * enlarged through the Graph and ARM SDKs: a "Web ops" group in each directory (Megan a member of
 * Contoso's) whose Default one holds a custom role that lists resource groups, the virtual
 * machine's system-assigned identity a Reader, demo-automation a Contributor, Sam a Reader. Then:
 * the plan (REST), the mapping (proposed, then edited as a person would: demo-automation to
 * contoso-automation, Sam unmapped on purpose), the change through Microsoft.Subscription's two
 * steps (stale-plan guard as If-Match), a dry run and the restore (REST, as the service
 * administrator in Contoso); then Megan, contoso-automation and the re-enabled identity use their
 * access through the Azure SDK, and the diff names Sam alone.
 */
class MoveRehearsalIT {
    private static final String SUBSCRIPTION = DemoWorld.SUBSCRIPTION.toString();
    private static final String SUB = "/subscriptions/" + SUBSCRIPTION;
    private static final String MOVE = SUB + "/providers/Microsoft.Subscription/changeTenantRequest/";
    private static final String API = "?api-version=2021-10-01";
    private static final String CONTOSO_ADMIN = "kelley.wall@contoso.onmicrosoft.com";
    private static final String MEGAN = "megan.bowen@contoso.onmicrosoft.com";
    private static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    private static final ResourceId VM_WEB =
            ResourceId.of(DemoWorld.SUBSCRIPTION, "rg-web", Resource.VIRTUAL_MACHINE, "vm-web");
    private static final ResourceId KV_WEB =
            ResourceId.of(DemoWorld.SUBSCRIPTION, "rg-web", Resource.KEY_VAULT, "kv-web");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    static RunningCerulean cerulean;
    static CeruleanCloud cloud;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data);
        cloud = new CeruleanCloud(cerulean);
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    @Test
    void planChangeMapRestoreThenTheRestoredUseTheirAccessAndTheDiffNamesOnlyTheUnmapped() throws Exception {
        // step 1 of the walkthrough (the classic portal's "Use existing directory", a browser flow that
        // ClassicPortalWalkthroughIT covers): Kelley's Microsoft account becomes a member of Contoso
        linkContoso();
        TokenCredential kelley = cloud.personByDeviceCode(DemoWorld.DEFAULT_DIRECTORY, DemoWorld.KELLEY);
        TokenCredential contosoAdmin = cloud.person(DemoWorld.CONTOSO, CONTOSO_ADMIN);
        TokenCredential megan = cloud.person(DemoWorld.CONTOSO, MEGAN);
        TokenCredential contosoAutomation = cloud.app(
                DemoWorld.CONTOSO, DemoWorld.CONTOSO_AUTOMATION_CLIENT.toString(), DemoWorld.CONTOSO_AUTOMATION_SECRET);

        // the world enlarged: groups in both directories, a custom role, the machine's identity a Reader
        Group webOps = GraphClients.graph(cloud, cloud.person(DemoWorld.DEFAULT_DIRECTORY, SAM))
                .groups()
                .post(securityGroup("Web ops"));
        var contosoGraph = GraphClients.graph(cloud, contosoAdmin);
        Group contosoWebOps = contosoGraph.groups().post(securityGroup("Web ops"));
        contosoGraph
                .groups()
                .byGroupId(contosoWebOps.getId())
                .members()
                .ref()
                .post(reference(DemoWorld.MEGAN_BOWEN.toString()));
        var authorization = cloud.authorization(kelley, DemoWorld.DEFAULT_DIRECTORY);
        String lister = UUID.randomUUID().toString();
        authorization
                .roleServiceClient()
                .getRoleDefinitions()
                .createOrUpdate(
                        SUB,
                        lister,
                        new RoleDefinitionInner()
                                .withRoleName("Resource group lister")
                                .withDescription("Lists the subscription's resource groups")
                                .withRoleType("CustomRole")
                                .withPermissions(List.of(new PermissionInner()
                                        .withActions(List.of("Microsoft.Resources/subscriptions/resourceGroups/read"))))
                                .withAssignableScopes(List.of(SUB)));
        authorization
                .roleAssignments()
                .define(UUID.randomUUID().toString())
                .forObjectId(webOps.getId())
                .withRoleDefinition(SUB + "/providers/Microsoft.Authorization/roleDefinitions/" + lister)
                .withSubscriptionScope(SUBSCRIPTION)
                .create();
        authorization
                .roleAssignments()
                .define(UUID.randomUUID().toString())
                .forObjectId(DemoWorld.VM_WEB_IDENTITY.toString())
                .withBuiltInRole(BuiltInRole.READER)
                .withSubscriptionScope(SUBSCRIPTION)
                .create();

        // the plan, as an Owner who is a member of the destination
        HttpPipeline kelleyAtHome = authorization.roleServiceClient().getHttpPipeline();
        JsonNode plan = post(kelleyAtHome, MOVE + "plan", destination(), 200);
        assertThat(plan.get("roleAssignments")).hasSize(4);
        assertThat(plan.get("customRoles").findValuesAsText("roleName")).containsExactly("Resource group lister");

        // the mapping: proposed by the same code as cerulean move map, then edited by a person
        var proposed = UseCases.of(cerulean.ports)
                .move()
                .proposeMapping()
                .propose(MovePlanReader.read(plan), DemoWorld.CONTOSO)
                .orThrow();
        var admins = UseCases.of(cerulean.ports)
                .move()
                .proposeMapping()
                .proposeCoAdministrators(MovePlanReader.read(plan), DemoWorld.CONTOSO)
                .orThrow();
        ObjectNode mapping =
                (ObjectNode) JSON.readTree(MoveMappingJson.write(MovePlanReader.read(plan), proposed, admins));
        // Alex's Microsoft account has no user in Contoso: the person names Lee Gu co-administrator in its place
        assertThat(mapping.get("coAdministrators").findValuesAsText("email")).containsExactly(DemoWorld.ALEX);
        ((ObjectNode) mapping.get("coAdministrators").get(0)).put("target", DemoWorld.LEE_GU.toString());
        for (JsonNode p : mapping.get("principals")) {
            if (p.get("id").asText().equals(webOps.getId()))
                assertThat(p.get("target").asText()).isEqualTo(contosoWebOps.getId());
            if (p.get("id").asText().equals(DemoWorld.VM_WEB_IDENTITY.toString()))
                assertThat(p.get("target").asText()).isEqualTo("reenable");
            if (p.get("id").asText().equals(DemoWorld.DEMO_AUTOMATION_SP.toString()))
                ((ObjectNode) p).put("target", DemoWorld.CONTOSO_AUTOMATION_SP.toString());
            if (p.get("id").asText().equals(DemoWorld.SAM_READER.toString()))
                assertThat(p.get("target").isNull())
                        .as("Sam stays unmapped, on purpose")
                        .isTrue();
        }

        // the change: Microsoft.Subscription's two steps, started only from the planned version
        long version = plan.at("/subscription/version").asLong();
        try (HttpResponse r = send(kelleyAtHome, HttpMethod.PUT, MOVE + "default" + API, destination(), version)) {
            assertThat(r.getStatusCode()).as(r.getBodyAsString().block()).isEqualTo(201);
        }
        HttpPipeline acceptor = cloud.authorization(contosoAdmin, DemoWorld.CONTOSO)
                .roleServiceClient()
                .getHttpPipeline();
        try (HttpResponse r = send(
                acceptor,
                HttpMethod.POST,
                "/providers/Microsoft.Subscription/subscriptions/" + SUBSCRIPTION + "/acceptChangeTenant" + API,
                null,
                null)) {
            assertThat(r.getStatusCode()).as(r.getBodyAsString().block()).isEqualTo(204);
        }
        assertThat(cerulean.ports.roleAssignments().of(DemoWorld.SUBSCRIPTION)).isEmpty();
        assertThatThrownBy(() -> cloud.resources(megan, DemoWorld.CONTOSO).resourceGroups().list().stream()
                        .toList())
                .isInstanceOf(ManagementException.class);

        // a dry run, the restore, and a second run that changes nothing, as the service administrator in Contoso
        TokenCredential kelleyInContoso = cloud.personByDeviceCode(DemoWorld.CONTOSO, DemoWorld.KELLEY);
        HttpPipeline restorer = cloud.authorization(kelleyInContoso, DemoWorld.CONTOSO)
                .roleServiceClient()
                .getHttpPipeline();
        JsonNode dry = post(restorer, MOVE + "restore", body(plan, mapping, true), 200);
        assertThat(cerulean.ports.roleAssignments().of(DemoWorld.SUBSCRIPTION)).isEmpty();
        JsonNode report = post(restorer, MOVE + "restore", body(plan, mapping, false), 200);
        assertThat(report.get("counts")).isEqualTo(dry.get("counts"));
        // the custom role, the identity, the key vault, three of the four assignments (Sam's skipped)
        // and Lee Gu as co-administrator
        assertThat(report.at("/counts/RESTORED").asLong()).as(report.toString()).isEqualTo(7);
        assertThat(cerulean.ports.coAdministrators().of(DemoWorld.SUBSCRIPTION))
                .extracting(c -> c.administrator().email().value())
                .containsExactly("lee.gu@contoso.onmicrosoft.com");
        assertThat(report.at("/counts/SKIPPED").asLong()).isEqualTo(1);
        assertThat(report.at("/counts/REFUSED").asLong()).isZero();
        JsonNode again = post(restorer, MOVE + "restore", body(plan, mapping, false), 200);
        assertThat(again.get("changedNothing").asBoolean()).isTrue();
        assertThat(cerulean.ports.activityLog().ofSubscription(DemoWorld.SUBSCRIPTION))
                .anySatisfy(e -> assertThat(e.operation()).isEqualTo("Microsoft.KeyVault/vaults/write"));
        assertThat(cerulean.ports.resources().byId(KV_WEB).orElseThrow().tenantId())
                .isEqualTo(DemoWorld.CONTOSO);

        // the restored use their access: Megan through Contoso's group and the restored custom role,
        // contoso-automation as Contributor, the machine through its new identity
        assertThat(cloud.resources(megan, DemoWorld.CONTOSO).resourceGroups().list().stream()
                        .map(ResourceGroup::name))
                .contains("rg-web");
        var automationArm = cloud.resources(contosoAutomation, DemoWorld.CONTOSO);
        automationArm
                .resourceGroups()
                .define("rg-after-move")
                .withRegion("westeurope")
                .create();
        assertThat(automationArm.resourceGroups().contain("rg-after-move")).isTrue();
        Resource vm = cerulean.ports.resources().byId(VM_WEB).orElseThrow();
        assertThat(vm.identity().principalId()).isNotEqualTo(DemoWorld.VM_WEB_IDENTITY);
        String machine = hostedOnTheMachine(kelleyInContoso(), DemoWorld.CONTOSO);
        assertThat(machine).contains("OID " + vm.identity().principalId()).contains("GROUP rg-web");

        // the diff: everyone mapped has their access again; Sam, unmapped on purpose, does not
        JsonNode diff = post(restorer, MOVE + "diff", body(plan, mapping, false), 200);
        assertThat(diff.get("empty").asBoolean()).isFalse();
        for (JsonNode p : diff.get("principals")) {
            boolean sam = p.get("id").asText().equals(DemoWorld.SAM_READER.toString());
            assertThat(p.get("missesAccess").asBoolean()).as(p.toString()).isEqualTo(sam);
        }
        assertThat(diff.get("coAdministrators").findValuesAsText("regained")).containsExactly("MAPPED");
    }

    private static void linkContoso() {
        var uses = UseCases.of(cerulean.ports);
        Caller kelley = new Caller(
                new Identity.Personal(DemoWorld.KELLEY_MSA),
                DemoWorld.DEFAULT_DIRECTORY,
                DemoWorld.KELLEY_IN_DEFAULT,
                Email.of(DemoWorld.KELLEY));
        Caller contosoAdmin = new Caller(
                new Identity.Work(DemoWorld.CONTOSO, DemoWorld.KELLEY_CONTOSO),
                DemoWorld.CONTOSO,
                DemoWorld.KELLEY_CONTOSO,
                Email.of(CONTOSO_ADMIN));
        var request = uses.move().requestDirectoryLink().request(kelley, true).orThrow();
        uses.move().confirmDirectoryLink().confirm(contosoAdmin, request.id()).orThrow();
    }

    /** Kelley's Microsoft account as a caller of Contoso (the service administrator after the move). */
    private static Caller kelleyInContoso() {
        var user = cerulean.ports.directoryUsers().ofPerson(new Identity.Personal(DemoWorld.KELLEY_MSA)).stream()
                .filter(u -> u.directory().equals(DemoWorld.CONTOSO))
                .findFirst()
                .orElseThrow();
        return new Caller(user.person(), DemoWorld.CONTOSO, user.id(), Email.of(DemoWorld.KELLEY));
    }

    /**
     * Code on the virtual machine: ManagedIdentityCredential in its own JVM, given the identity
     * endpoint and a header granted for the machine, lists resource groups with the Azure SDK.
     */
    private static String hostedOnTheMachine(Caller granter, DirectoryId tenant) throws Exception {
        String header = UseCases.of(cerulean.ports)
                .resource()
                .managedIdentityTokens()
                .grant(granter, List.of(VM_WEB))
                .orThrow();
        ProcessBuilder hosted = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ManagedIdentityClient.class.getName(),
                data.resolve("export/trust.p12").toString(),
                cerulean.authorityHost,
                tenant.toString(),
                SUBSCRIPTION);
        Map<String, String> env = hosted.environment();
        env.keySet().removeIf(k -> k.startsWith("IDENTITY_") || k.startsWith("MSI_") || k.startsWith("AZURE_"));
        env.put("IDENTITY_ENDPOINT", cerulean.authorityHost + "/msi/token");
        env.put("IDENTITY_HEADER", header);
        ChildProcess run = ChildProcess.run(hosted, 120);
        String out = run.output();
        assertThat(run.ended()).as(out).isTrue();
        assertThat(run.exitValue()).as(out).isZero();
        return out;
    }

    private static Group securityGroup(String name) {
        Group g = new Group();
        g.setDisplayName(name);
        g.setMailNickname(name.replace(' ', '-'));
        g.setMailEnabled(false);
        g.setSecurityEnabled(true);
        return g;
    }

    private static ReferenceCreate reference(String id) {
        ReferenceCreate ref = new ReferenceCreate();
        ref.setOdataId(cloud.graphUrl() + "/v1.0/directoryObjects/" + id);
        return ref;
    }

    private static String destination() {
        return "{\"properties\":{\"destinationTenantId\":\"" + DemoWorld.CONTOSO + "\"}}";
    }

    private static String body(JsonNode plan, JsonNode mapping, boolean dryRun) {
        ObjectNode body = JSON.createObjectNode();
        body.set("plan", plan);
        body.set("mapping", mapping);
        body.put("dryRun", dryRun);
        return body.toString();
    }

    private static JsonNode post(HttpPipeline pipeline, String path, String body, int expected) throws Exception {
        try (HttpResponse r = send(pipeline, HttpMethod.POST, path + API, body, null)) {
            String text = r.getBodyAsString().block();
            assertThat(r.getStatusCode()).as(text).isEqualTo(expected);
            return JSON.readTree(text);
        }
    }

    private static HttpResponse send(HttpPipeline pipeline, HttpMethod method, String path, String body, Long ifMatch) {
        HttpRequest request = new HttpRequest(method, cerulean.authorityHost + path);
        if (body != null)
            request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json").setBody(body);
        if (ifMatch != null) request.setHeader(HttpHeaderName.IF_MATCH, "\"" + ifMatch + "\"");
        return pipeline.sendSync(request, Context.NONE);
    }
}
