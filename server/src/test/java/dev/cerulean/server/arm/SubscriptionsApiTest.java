package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubscriptionsApiTest {
    private final ArmTestServer arm = new ArmTestServer();
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;

    @AfterEach
    void stop() {
        arm.close();
    }

    @Test
    void listsTheSubscriptionsOfTheTokensTenantWithAllArmFields() {
        var r = arm.get("/subscriptions?api-version=2022-12-01", "kelley");

        assertThat(r.status()).isEqualTo(200);
        var s = r.json().path("value").get(0);
        assertThat(r.json().path("value")).hasSize(1);
        assertThat(s.path("id").asText()).isEqualTo(SUB);
        assertThat(s.path("subscriptionId").asText()).isEqualTo(Worlds.SUBSCRIPTION.toString());
        assertThat(s.path("tenantId").asText()).isEqualTo(Worlds.DEFAULT_DIRECTORY.toString());
        assertThat(s.path("displayName").asText()).isEqualTo("Pay-As-You-Go");
        assertThat(s.path("state").asText()).isEqualTo("Enabled");
        assertThat(s.path("authorizationSource").asText()).isEqualTo("Legacy");
        assertThat(s.path("managedByTenants").isArray()).isTrue();
        assertThat(s.path("subscriptionPolicies").path("quotaId").asText()).isEqualTo("PayAsYouGo_2014-09-01");
        assertThat(r.json().has("nextLink")).isFalse();
    }

    @Test
    void R30_aReaderOfOneResourceGroupSeesTheSubscriptionAndAnotherTenantSeesNone() {
        assertThat(arm.get("/subscriptions", "sam").json().path("value")).hasSize(1);
        assertThat(arm.get("/subscriptions", "sam")
                        .json()
                        .path("value")
                        .get(0)
                        .path("authorizationSource")
                        .asText())
                .isEqualTo("RoleBased");
        assertThat(arm.get("/subscriptions", "megan").json().path("value")).isEmpty();
    }

    @Test
    void getsOneSubscriptionWhateverTheCaseOfThePath() {
        var r = arm.get("/SUBSCRIPTIONS/" + Worlds.SUBSCRIPTION + "?api-version=2022-12-01", "automation");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("subscriptionId").asText()).isEqualTo(Worlds.SUBSCRIPTION.toString());
    }

    @Test
    void aMissingTokenIs401WithAChallengeNamingTheSubscriptionsTenant() {
        var r = arm.get(SUB, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("AuthenticationFailed");
        assertThat(r.header("WWW-Authenticate"))
                .startsWith("Bearer authorization_uri=\"" + arm.base() + "/" + Worlds.DEFAULT_DIRECTORY
                        + "\", error=\"invalid_token\"");
        assertThat(r.json().path("error").has("details")).isTrue();
    }

    @Test
    void refusedTokensAre401WithTheVerifiersReason() {
        assertThat(arm.get("/subscriptions", "expired").errorCode()).isEqualTo("ExpiredAuthenticationToken");
        assertThat(arm.get("/subscriptions", "wrong-audience").errorCode())
                .isEqualTo("InvalidAuthenticationTokenAudience");
        var tampered = arm.get("/subscriptions", "Bearer eyJhbGciOi.tampered");
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(tampered.errorCode()).isEqualTo("InvalidAuthenticationToken");
        assertThat(tampered.header("WWW-Authenticate")).contains("authorization_uri=\"" + arm.base() + "/common\"");
    }

    @Test
    void aTokenOfAnotherTenantIs401InvalidAuthenticationTokenTenant() {
        var r = arm.get(SUB, "megan");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("InvalidAuthenticationTokenTenant");
        assertThat(r.header("WWW-Authenticate")).contains("/" + Worlds.DEFAULT_DIRECTORY + "\"");
    }

    @Test
    void unknownSubscriptionsAre404AndMalformedOnes400() {
        var unknown = arm.get("/subscriptions/00000000-0000-4000-8000-00000000dead", "kelley");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("SubscriptionNotFound");

        var malformed = arm.get("/subscriptions/not-a-guid", "kelley");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("InvalidSubscriptionId");
        assertThat(malformed.json().path("error").path("target").asText()).isEqualTo("subscriptionId");
    }

    @Test
    void tenantsListsEveryDirectoryTheCallerIsIn() {
        var r = arm.get("/tenants?api-version=2022-12-01", "kelley");

        assertThat(r.status()).isEqualTo(200);
        var t = r.json().path("value").get(0);
        assertThat(r.json().path("value")).hasSize(1);
        assertThat(t.path("id").asText()).isEqualTo("/tenants/" + Worlds.DEFAULT_DIRECTORY);
        assertThat(t.path("tenantId").asText()).isEqualTo(Worlds.DEFAULT_DIRECTORY.toString());
        assertThat(t.path("displayName").asText()).isEqualTo("Default Directory");
        assertThat(t.path("defaultDomain").asText()).isEqualTo("kelleywalloutlook.onmicrosoft.com");
        assertThat(t.path("domains").get(0).asText()).isEqualTo("kelleywalloutlook.onmicrosoft.com");
        assertThat(t.path("tenantCategory").asText()).isEqualTo("Home");
        assertThat(t.path("countryCode").asText()).isEqualTo("US");
        assertThat(t.path("tenantType").asText()).isEqualTo("AAD");
    }

    @Test
    void tenantsArePagedByTheStoreAHundredAtATimeHomeAndNameOrderKept() {
        int total = Worlds.addGuestDirectoriesOfKelley(arm.ports(), 120);

        var first = arm.get("/tenants?api-version=2022-12-01", "kelley").json();
        assertThat(first.path("value")).hasSize(100);
        assertThat(first.path("value").get(0).path("displayName").asText()).isEqualTo("Default Directory");
        String next = first.path("nextLink").asText();
        assertThat(next).startsWith("http").contains("api-version=2022-12-01").endsWith("$skiptoken=100");

        var last = arm.get(next.substring(next.indexOf("/tenants")), "kelley").json();
        assertThat(last.path("value")).hasSize(total - 100);
        assertThat(last.path("value").get(total - 101).path("displayName").asText())
                .isEqualTo("Paged 119");
        assertThat(last.has("nextLink")).isFalse();
        assertThat(arm.get("/tenants?api-version=2022-12-01&$skiptoken=x", "kelley")
                        .errorCode())
                .isEqualTo("InvalidSkipToken");
    }

    @Test
    void classicAdministratorsNameTheServiceAndAccountAdministratorOnceAndEachCoAdministrator() {
        var r = arm.get(
                SUB + "/providers/Microsoft.Authorization/classicAdministrators?api-version=2015-07-01", "kelley");

        assertThat(r.status()).isEqualTo(200);
        var value = r.json().path("value");
        assertThat(value).hasSize(2);
        assertThat(value.get(0).path("properties").path("emailAddress").asText())
                .isEqualTo("kelley.wall@outlook.com");
        assertThat(value.get(0).path("properties").path("role").asText())
                .isEqualTo("ServiceAdministrator;AccountAdministrator");
        assertThat(value.get(1).path("properties").path("emailAddress").asText())
                .isEqualTo("alex.ops@outlook.com");
        assertThat(value.get(1).path("properties").path("role").asText()).isEqualTo("CoAdministrator");
        assertThat(value.get(1).path("type").asText()).isEqualTo("Microsoft.Authorization/classicAdministrators");
    }

    @Test
    void classicAdministratorsAreRefusedToAReaderOfOneGroupOnly() {
        var r = arm.get(SUB + "/providers/Microsoft.Authorization/classicAdministrators", "sam");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("AuthorizationFailed");
        assertThat(r.json().path("error").path("message").asText())
                .contains("sam.reader@kelleywalloutlook.onmicrosoft.com")
                .contains("Microsoft.Authorization/classicAdministrators/read")
                .contains(SUB);
    }

    @Test
    void metadataNamesThisHostAndTheGraphPort() {
        var r = arm.get("/metadata/endpoints?api-version=2022-09-01", null);

        assertThat(r.status()).isEqualTo(200);
        var cloud = r.json().get(0);
        assertThat(cloud.path("resourceManager").asText()).isEqualTo(arm.base() + "/");
        assertThat(cloud.path("authentication").path("loginEndpoint").asText()).isEqualTo(arm.base() + "/");
        assertThat(cloud.path("authentication").path("audiences").get(0).asText())
                .isEqualTo(arm.base() + "/");
        assertThat(cloud.path("microsoftGraphResourceId").asText()).isEqualTo("https://localhost:8444/");
        assertThat(cloud.path("graphAudience").asText()).isEqualTo("https://localhost:8444/");
        assertThat(cloud.path("suffixes").isObject()).isTrue();
    }
}
