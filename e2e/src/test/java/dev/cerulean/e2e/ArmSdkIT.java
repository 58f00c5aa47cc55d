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
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.authorization.fluent.models.ClassicAdministratorInner;
import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import com.azure.resourcemanager.authorization.models.BuiltInRole;
import com.azure.resourcemanager.authorization.models.RoleAssignment;
import com.azure.resourcemanager.authorization.models.RoleDefinition;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import com.azure.resourcemanager.resources.models.Subscription;
import com.azure.resourcemanager.resources.models.Tenant;
import com.microsoft.graph.models.Invitation;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.identity.Browser;
import dev.cerulean.e2e.identity.RunningCerulean;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * azure-resourcemanager-resources and -authorization (with azure-identity's credentials) over HTTPS
 * against Cerulean with the demo world. demo-automation is Contributor on the subscription;
 * kelley.wall@outlook.com (a Microsoft account, the service administrator, acting as Owner) signs in
 * with a password through the Default Directory. The directory change runs last: it empties the
 * subscription's co-administrators and role assignments.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArmSdkIT {
    private static final String SUBSCRIPTION = DemoWorld.SUBSCRIPTION.toString();
    private static final String SUBSCRIPTION_SCOPE = "/subscriptions/" + SUBSCRIPTION;
    private static final String OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";

    @TempDir
    static Path data;

    static RunningCerulean cerulean;
    static CeruleanCloud cloud;
    static TokenCredential automation;
    static TokenCredential kelley;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data);
        cloud = new CeruleanCloud(cerulean);
        automation = cloud.demoAutomation();
        // a Microsoft account: by device code, as in Azure (the password grant is for work accounts)
        kelley = cloud.personByDeviceCode(DemoWorld.DEFAULT_DIRECTORY, DemoWorld.KELLEY);
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    @Test
    @Order(1)
    void listsSubscriptionsAndTenants() throws Exception {
        ResourceManager.Authenticated arm = cloud.resourcesWithoutSubscription(automation, DemoWorld.DEFAULT_DIRECTORY);

        List<Subscription> subscriptions = arm.subscriptions().list().stream().toList();
        List<Tenant> tenants = arm.tenants().list().stream().toList();

        assertThat(subscriptions).singleElement().satisfies(s -> {
            assertThat(s.subscriptionId()).isEqualTo(SUBSCRIPTION);
            assertThat(s.displayName()).isEqualTo("Pay-As-You-Go");
            assertThat(s.state().toString()).isEqualTo("Enabled");
        });
        assertThat(arm.subscriptions().getById(SUBSCRIPTION).displayName()).isEqualTo("Pay-As-You-Go");
        assertThat(tenants).extracting(Tenant::tenantId).containsExactly(DemoWorld.DEFAULT_DIRECTORY.toString());
    }

    @Test
    @Order(2)
    void listsClassicAdministrators() throws Exception {
        AuthorizationManager authorization = cloud.authorization(automation, DemoWorld.DEFAULT_DIRECTORY);

        Map<String, String> roles = authorization.roleServiceClient().getClassicAdministrators().list().stream()
                .collect(Collectors.toMap(ClassicAdministratorInner::emailAddress, ClassicAdministratorInner::role));

        assertThat(roles)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        DemoWorld.KELLEY,
                        "ServiceAdministrator;AccountAdministrator",
                        DemoWorld.ALEX,
                        "CoAdministrator"));
    }

    @Test
    @Order(3)
    void getsTheOwnerRoleDefinitionByName() throws Exception {
        AuthorizationManager authorization = cloud.authorization(automation, DemoWorld.DEFAULT_DIRECTORY);

        RoleDefinition owner = authorization.roleDefinitions().getByScopeAndRoleName(SUBSCRIPTION_SCOPE, "Owner");

        assertThat(owner.roleName()).isEqualTo("Owner");
        assertThat(owner.name()).isEqualTo(OWNER);
        assertThat(owner.id()).endsWith("/providers/Microsoft.Authorization/roleDefinitions/" + OWNER);
        assertThat(owner.permissions()).anySatisfy(p -> assertThat(p.actions()).contains("*"));
    }

    @Test
    @Order(4)
    void createsListsWithEachFilterAndDeletesARoleAssignment() throws Exception {
        AuthorizationManager authorization = cloud.authorization(kelley, DemoWorld.DEFAULT_DIRECTORY);
        String alex = DemoWorld.ALEX_IN_DEFAULT.toString();
        String name = UUID.randomUUID().toString();

        RoleAssignment created = authorization
                .roleAssignments()
                .define(name)
                .forObjectId(alex)
                .withBuiltInRole(BuiltInRole.READER)
                .withSubscriptionScope(SUBSCRIPTION)
                .create();

        assertThat(created.principalId()).isEqualTo(alex);
        assertThat(created.roleDefinitionId()).endsWith("acdd72a7-3385-48ef-bd42-f606fba81ae7");
        var client = authorization.roleServiceClient().getRoleAssignments();
        assertThat(names(client.listForScope(SUBSCRIPTION_SCOPE, encoded("atScope()"), null, null, Context.NONE)))
                .contains(name, DemoWorld.AUTOMATION_ASSIGNMENT.toString())
                .doesNotContain(DemoWorld.SAM_READER_ASSIGNMENT.toString());
        // the fluent layer's own principalId filter (it percent-encodes the filter itself)
        assertThat(authorization.roleAssignments().listByServicePrincipal(alex).stream()
                        .map(RoleAssignment::name))
                .containsExactly(name);
        assertThat(names(client.listForScope(
                        SUBSCRIPTION_SCOPE, encoded("assignedTo('" + alex + "')"), null, null, Context.NONE)))
                .containsExactly(name);
        assertThat(authorization.roleAssignments().listByScope(SUBSCRIPTION_SCOPE + "/resourceGroups/rg-web").stream()
                        .map(RoleAssignment::name))
                .contains(DemoWorld.SAM_READER_ASSIGNMENT.toString());
        assertThat(authorization.roleAssignments().getById(created.id()).principalId())
                .isEqualTo(alex);

        authorization.roleAssignments().deleteById(created.id());

        assertThat(names(client.listForScope(
                        SUBSCRIPTION_SCOPE, encoded("principalId eq '" + alex + "'"), null, null, Context.NONE)))
                .isEmpty();
    }

    @Test
    @Order(5)
    void aContributorCannotWriteRoleAssignments() throws Exception {
        AuthorizationManager authorization = cloud.authorization(automation, DemoWorld.DEFAULT_DIRECTORY);
        int before = cerulean.ports.roleAssignments().of(DemoWorld.SUBSCRIPTION).size();

        assertThatThrownBy(() -> authorization
                        .roleAssignments()
                        .define(UUID.randomUUID().toString())
                        .forObjectId(DemoWorld.ALEX_IN_DEFAULT.toString())
                        .withRoleDefinition(
                                SUBSCRIPTION_SCOPE + "/providers/Microsoft.Authorization/roleDefinitions/" + OWNER)
                        .withSubscriptionScope(SUBSCRIPTION)
                        .create())
                .isInstanceOfSatisfying(ManagementException.class, e -> {
                    assertThat(e.getResponse().getStatusCode()).isEqualTo(403);
                    assertThat(e.getValue().getCode()).isEqualTo("AuthorizationFailed");
                });
        assertThat(cerulean.ports.roleAssignments().of(DemoWorld.SUBSCRIPTION)).hasSize(before);
    }

    @Test
    @Order(6)
    void createsUpdatesListsAndDeletesResourceGroups() throws Exception {
        ResourceManager arm = cloud.resources(automation, DemoWorld.DEFAULT_DIRECTORY);

        ResourceGroup created = arm.resourceGroups()
                .define("rg-sdk")
                .withRegion("westeurope")
                .withTag("env", "test")
                .create();
        assertThat(created.regionName()).isEqualTo("westeurope");
        assertThat(arm.resourceGroups().contain("rg-sdk")).isTrue();

        ResourceGroup updated = created.update().withTag("owner", "sdk").apply();
        assertThat(updated.tags()).containsEntry("env", "test").containsEntry("owner", "sdk");
        assertThat(arm.resourceGroups().getByName("rg-sdk").tags()).containsEntry("owner", "sdk");
        assertThat(arm.resourceGroups().list().stream().map(ResourceGroup::name))
                .contains("rg-sdk", "rg-web");

        arm.resourceGroups().deleteByName("rg-sdk");

        assertThat(arm.resourceGroups().contain("rg-sdk")).isFalse();
        assertThat(arm.resourceGroups().list().stream().map(ResourceGroup::name))
                .doesNotContain("rg-sdk");
    }

    @Test
    @Order(7)
    void aContributorCannotChangeTheDirectory() throws Exception {
        HttpPipeline pipeline = cloud.authorization(automation, DemoWorld.DEFAULT_DIRECTORY)
                .roleServiceClient()
                .getHttpPipeline();
        long version = cerulean.ports
                .subscriptions()
                .byId(DemoWorld.SUBSCRIPTION)
                .orElseThrow()
                .version();

        try (HttpResponse response = changeTenant(pipeline, DemoWorld.CONTOSO.toString())) {
            assertThat(response.getStatusCode()).isEqualTo(403);
            assertThat(response.getBodyAsString().block()).contains("\"code\"");
        }
        assertThat(cerulean.ports
                        .subscriptions()
                        .byId(DemoWorld.SUBSCRIPTION)
                        .orElseThrow()
                        .version())
                .isEqualTo(version);
    }

    /**
     * The modern path of the article: Contoso's Global Administrator is invited into the Default
     * Directory (Graph SDK, by Kelley's Microsoft account), accepts, is made Owner (ARM SDK), and
     * asks Microsoft.Subscription to move the subscription into Contoso, signed in as that guest;
     * the request waits (Initiated) until the same person, signed in at home in Contoso, accepts it.
     */
    /**
     * Sixty more subscriptions where demo-automation is Reader: the SDK's list follows ARM's
     * nextLink through pages of fifty, in name order, each subscription once.
     */
    @Test
    @Order(100)
    void changesTheDirectoryThroughMicrosoftSubscriptionWithThePortalsEffects() throws Exception {
        String contosoAdmin = "kelley.wall@contoso.onmicrosoft.com";
        Invitation invitation = new Invitation();
        invitation.setInvitedUserEmailAddress(contosoAdmin);
        invitation.setInviteRedirectUrl("https://portal.azure.com");
        Invitation sent = GraphClients.graph(cloud, kelley).invitations().post(invitation);
        redeem(sent.getInviteRedeemUrl(), contosoAdmin);
        String guest = sent.getInvitedUser().getId();
        cloud.authorization(kelley, DemoWorld.DEFAULT_DIRECTORY)
                .roleAssignments()
                .define(UUID.randomUUID().toString())
                .forObjectId(guest)
                .withBuiltInRole(BuiltInRole.OWNER)
                .withSubscriptionScope(SUBSCRIPTION)
                .create();
        assertThat(cerulean.ports.coAdministrators().of(DemoWorld.SUBSCRIPTION)).isNotEmpty();

        HttpPipeline pipeline = cloud.authorization(
                        cloud.person(DemoWorld.DEFAULT_DIRECTORY, contosoAdmin), DemoWorld.DEFAULT_DIRECTORY)
                .roleServiceClient()
                .getHttpPipeline();
        try (HttpResponse response = changeTenant(pipeline, DemoWorld.CONTOSO.toString())) {
            String body = response.getBodyAsString().block();
            assertThat(response.getStatusCode()).as(body).isEqualTo(201);
            assertThat(body).contains(DemoWorld.CONTOSO.toString(), "\"status\":\"Initiated\"");
        }
        assertThat(cerulean.ports
                        .subscriptions()
                        .byId(DemoWorld.SUBSCRIPTION)
                        .orElseThrow()
                        .directory())
                .as("nothing moves before the destination accepts")
                .isEqualTo(DemoWorld.DEFAULT_DIRECTORY);

        HttpPipeline destination = cloud.authorization(cloud.person(DemoWorld.CONTOSO, contosoAdmin), DemoWorld.CONTOSO)
                .roleServiceClient()
                .getHttpPipeline();
        try (HttpResponse response = acceptor(destination, "changeTenantStatus")) {
            assertThat(response.getBodyAsString().block()).contains("\"status\":\"Initiated\"");
        }
        try (HttpResponse response = acceptor(destination, "acceptChangeTenant")) {
            assertThat(response.getStatusCode())
                    .as(response.getBodyAsString().block())
                    .isEqualTo(204);
        }
        try (HttpResponse response = acceptor(destination, "changeTenantStatus")) {
            assertThat(response.getBodyAsString().block()).contains("\"status\":\"Completed\"");
        }

        var subscription =
                cerulean.ports.subscriptions().byId(DemoWorld.SUBSCRIPTION).orElseThrow();
        assertThat(subscription.directory()).isEqualTo(DemoWorld.CONTOSO);
        assertThat(cerulean.ports.coAdministrators().of(DemoWorld.SUBSCRIPTION)).isEmpty();
        assertThat(cerulean.ports.roleAssignments().of(DemoWorld.SUBSCRIPTION)).isEmpty();
        assertThat(cerulean.ports.activityLog().ofSubscription(DemoWorld.SUBSCRIPTION))
                .anySatisfy(e -> {
                    assertThat(e.operation()).isEqualTo("Microsoft.Subscription/updateTenant/action");
                    assertThat(e.toString())
                            .contains(DemoWorld.DEFAULT_DIRECTORY.toString(), DemoWorld.CONTOSO.toString());
                });
    }

    private static HttpResponse changeTenant(HttpPipeline pipeline, String destination) {
        HttpRequest request = new HttpRequest(
                        HttpMethod.PUT,
                        cerulean.authorityHost + SUBSCRIPTION_SCOPE
                                + "/providers/Microsoft.Subscription/changeTenantRequest/default?api-version=2021-10-01")
                .setHeader(HttpHeaderName.CONTENT_TYPE, "application/json")
                .setBody("{\"properties\":{\"destinationTenantId\":\"" + destination + "\"}}");
        return pipeline.sendSync(request, Context.NONE);
    }

    /** A POST to Microsoft.Subscription's tenant-level actions on the subscription (acceptChangeTenant, changeTenantStatus). */
    private static HttpResponse acceptor(HttpPipeline pipeline, String action) {
        HttpRequest request = new HttpRequest(
                HttpMethod.POST,
                cerulean.authorityHost
                        + "/providers/Microsoft.Subscription/subscriptions/" + SUBSCRIPTION + "/" + action
                        + "?api-version=2021-10-01");
        return pipeline.sendSync(request, Context.NONE);
    }

    /** What the invited person does with the link: signs in at home and accepts. */
    private static void redeem(String url, String email) throws Exception {
        Browser browser =
                new Browser(cerulean.authorityHost, HttpClient.newBuilder().sslContext(cerulean.ssl));
        var page = browser.follow(browser.signIn(browser.get(url), email, DemoWorld.PASSWORD));
        assertThat(page.body()).contains("Accept");
        var accepted = browser.follow(browser.post("/redeem", Browser.hiddenFields(page.body())));
        assertThat(accepted.statusCode()).as(accepted.body()).isLessThan(400);
    }

    /**
     * The generated clients send {@code $filter} as given (the REST spec marks it
     * x-ms-skip-url-encoding); callers encode it, as the fluent layer does with its PercentEscaper.
     */
    private static String encoded(String filter) {
        return java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static List<String> names(Iterable<RoleAssignmentInner> assignments) {
        return java.util.stream.StreamSupport.stream(assignments.spliterator(), false)
                .map(RoleAssignmentInner::name)
                .toList();
    }
}
