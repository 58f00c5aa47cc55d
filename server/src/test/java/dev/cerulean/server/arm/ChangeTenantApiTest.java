package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.ConfirmDirectoryLink;
import dev.cerulean.core.move.RequestDirectoryLink;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Microsoft.Subscription directory change over ARM, after walkthrough step 1 linked Contoso. */
class ChangeTenantApiTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private static final String REQUEST =
            SUB + "/providers/Microsoft.Subscription/changeTenantRequest/default?api-version=2024-08-01-preview";
    private static final String BODY = "{\"properties\":{\"destinationTenantId\":\"" + Worlds.CONTOSO
            + "\",\"destinationOwnerId\":\"kelley.wall@outlook.com\"}}";
    private final ArmTestServer arm = new ArmTestServer(linked(Worlds.kelleyWall()));

    @AfterEach
    void stop() {
        arm.close();
    }

    /** Step 1 of the walkthrough: Kelley's Microsoft account becomes a member of Contoso. */
    static Worlds.KelleyWall linked(Worlds.KelleyWall w) {
        Ports p = w.ports();
        var request = new RequestDirectoryLink(
                        p.transactions(),
                        p.microsoftAccounts(),
                        p.subscriptions(),
                        p.directoryUsers(),
                        p.directoryLinkRequests(),
                        p.clock(),
                        p.ids())
                .request(w.kelleyMsaInDefault(), true)
                .orThrow();
        new ConfirmDirectoryLink(
                        p.transactions(),
                        p.microsoftAccounts(),
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.directoryLinkRequests(),
                        p.subscriptions(),
                        p.clock(),
                        p.ids(),
                        new ActivityRecorder(p.activityLog(), p.clock(), p.ids()))
                .confirm(w.contosoGlobalAdministrator(), request.id())
                .orThrow();
        return w;
    }

    private static final String ACCEPT = "/providers/Microsoft.Subscription/subscriptions/" + Worlds.SUBSCRIPTION
            + "/acceptChangeTenant?api-version=2024-08-01-preview";
    private static final String STATUS = "/providers/Microsoft.Subscription/subscriptions/" + Worlds.SUBSCRIPTION
            + "/changeTenantStatus?api-version=2024-08-01-preview";

    private String status(String token) {
        var r = arm.send("POST", STATUS, token, null);
        return r.status() == 200 ? r.json().path("status").asText() : r.status() + " " + r.errorCode();
    }

    @Test
    void R12_R34_theRequestWaitsForTheDestinationWhoseAcceptanceMakesThePortalsChange() {
        long version = arm.world.subscription().version();

        var r = arm.send("PUT", REQUEST, "kelley", BODY);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("name").asText()).isEqualTo("default");
        assertThat(r.json().path("type").asText()).isEqualTo("Microsoft.Subscription/changeTenantRequest");
        assertThat(r.json().path("properties").path("destinationTenantId").asText())
                .isEqualTo(Worlds.CONTOSO.toString());
        assertThat(r.json().path("properties").path("destinationOwnerId").asText())
                .isEqualTo("kelley.wall@outlook.com");
        assertThat(r.json().path("properties").path("status").asText()).isEqualTo("Initiated");
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(arm.world.subscription().version()).isEqualTo(version);
        assertThat(arm.get(REQUEST, "kelley")
                        .json()
                        .path("properties")
                        .path("status")
                        .asText())
                .isEqualTo("Initiated");
        assertThat(status("kelley")).isEqualTo("Initiated");
        assertThat(status("kelley-in-contoso")).isEqualTo("Initiated");

        var accepted = arm.send("POST", ACCEPT, "kelley-in-contoso", null);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        var p = arm.ports();
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.CONTOSO);
        assertThat(p.coAdministrators().of(Worlds.SUBSCRIPTION)).isEmpty();
        assertThat(p.roleAssignments().of(Worlds.SUBSCRIPTION)).isEmpty();
        assertThat(p.activityLog().all()).anySatisfy(e -> {
            assertThat(e.operation()).isEqualTo("Microsoft.Subscription/updateTenant/action");
            assertThat(e.message())
                    .isEqualTo("moved from tenant " + Worlds.DEFAULT_DIRECTORY + " to tenant " + Worlds.CONTOSO);
        });
        assertThat(p.activityLog().all())
                .anySatisfy(
                        e -> assertThat(e.operation()).isEqualTo("Microsoft.Subscription/changeTenantRequest/write"));
        // the old tenant's token no longer fits; the new one's does
        assertThat(arm.get(SUB, "kelley").errorCode()).isEqualTo("InvalidAuthenticationTokenTenant");
        assertThat(arm.get(SUB, "kelley-in-contoso").status()).isEqualTo(200);
        assertThat(status("kelley-in-contoso")).isEqualTo("Completed");
        assertThat(arm.get(REQUEST, "kelley-in-contoso")
                        .json()
                        .path("properties")
                        .path("status")
                        .asText())
                .isEqualTo("Completed");
        assertThat(arm.send("POST", ACCEPT, "kelley-in-contoso", null).errorCode())
                .isEqualTo("ChangeTenantRequestNotFound");
    }

    @Test
    void aSecondRequestReplacesThePendingOneWith200() {
        assertThat(arm.send("PUT", REQUEST, "kelley", BODY).status()).isEqualTo(201);

        var again = arm.send(
                "PUT", REQUEST, "kelley", "{\"properties\":{\"destinationTenantId\":\"" + Worlds.CONTOSO + "\"}}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("properties").path("destinationOwnerId").isTextual())
                .isFalse();
        assertThat(arm.send("POST", ACCEPT, "megan", null).status())
                .as("no owner named any more")
                .isEqualTo(204);
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.CONTOSO);
    }

    @Test
    void NotDestinationOwner_aWrongAccountCannotAcceptAndNothingChanges() {
        arm.send("PUT", REQUEST, "kelley", BODY);
        long version = arm.world.subscription().version();
        int entries = arm.ports().activityLog().all().size();

        var megan = arm.send("POST", ACCEPT, "megan", null);
        var sourceSide = arm.send("POST", ACCEPT, "kelley", null);

        assertThat(megan.status()).isEqualTo(403);
        assertThat(megan.errorCode()).isEqualTo("NotDestinationOwner");
        assertThat(sourceSide.status()).isEqualTo(403);
        assertThat(sourceSide.errorCode()).isEqualTo("CallerNotInTargetDirectory");
        assertThat(status("megan")).isEqualTo("404 ChangeTenantRequestNotFound");
        assertThat(arm.world.subscription().version()).isEqualTo(version);
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(arm.ports().coAdministrators().of(Worlds.SUBSCRIPTION)).hasSize(1);
        assertThat(arm.ports().activityLog().all()).hasSize(entries);
        assertThat(status("kelley")).isEqualTo("Initiated");
    }

    @Test
    void R9_aCoAdministratorIsRefusedAndNothingChanges() {
        long version = arm.world.subscription().version();

        var r = arm.send("PUT", REQUEST, "alex", BODY);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("CoAdministratorCannotChangeDirectory");
        assertThat(arm.world.subscription().version()).isEqualTo(version);
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(arm.get(REQUEST, "kelley").errorCode()).isEqualTo("ChangeTenantRequestNotFound");
    }

    @Test
    void R9_aCoAdministratorCannotCancelTheOwnersRequest() {
        arm.send("PUT", REQUEST, "kelley", BODY);

        var r = arm.send("DELETE", REQUEST, "alex", null);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("CoAdministratorCannotChangeDirectory");
        assertThat(status("kelley")).isEqualTo("Initiated");
    }

    @Test
    void PreconditionFailed_aStaleIfMatchIs412AndNothingChanges() {
        long version = arm.world.subscription().version();
        int entries = arm.ports().activityLog().all().size();

        var r = arm.send("PUT", REQUEST, "kelley", BODY, Map.of("If-Match", "\"" + (version - 1) + "\""));

        assertThat(r.status()).isEqualTo(412);
        assertThat(r.errorCode()).isEqualTo("PreconditionFailed");
        assertThat(arm.world.subscription().version()).isEqualTo(version);
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(arm.ports().coAdministrators().of(Worlds.SUBSCRIPTION)).hasSize(1);
        assertThat(arm.ports().activityLog().all()).hasSize(entries);
        assertThat(arm.ports().changeTenantRequests().of(Worlds.SUBSCRIPTION)).isEmpty();
    }

    @Test
    void PreconditionFailed_aConditionalRequestIsNotAcceptedOnceTheSubscriptionChanged() {
        long version = arm.world.subscription().version();
        assertThat(arm.send("PUT", REQUEST, "kelley", BODY, Map.of("If-Match", "\"" + version + "\""))
                        .status())
                .isEqualTo(201);
        arm.ports().subscriptions().touch(Worlds.SUBSCRIPTION);
        int entries = arm.ports().activityLog().all().size();

        var r = arm.send("POST", ACCEPT, "kelley-in-contoso", null);

        assertThat(r.status()).isEqualTo(412);
        assertThat(r.errorCode()).isEqualTo("PreconditionFailed");
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(arm.ports().coAdministrators().of(Worlds.SUBSCRIPTION)).hasSize(1);
        assertThat(arm.ports().activityLog().all()).hasSize(entries);
        assertThat(status("kelley")).isEqualTo("Initiated");
    }

    @Test
    void aCurrentIfMatchLetsTheChangeThrough() {
        long version = arm.world.subscription().version();

        var r = arm.send("PUT", REQUEST, "kelley", BODY, Map.of("If-Match", "\"" + version + "\""));
        var accepted = arm.send("POST", ACCEPT, "kelley-in-contoso", null);

        assertThat(r.status()).isEqualTo(201);
        assertThat(accepted.status()).isEqualTo(204);
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.CONTOSO);
    }

    @Test
    void theRequesterCancelsAndTheRequestCanNoLongerBeAccepted() {
        arm.send("PUT", REQUEST, "kelley", BODY);

        var cancelled = arm.send("DELETE", REQUEST, "kelley", null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("properties").path("status").asText()).isEqualTo("Cancelled");
        assertThat(arm.send("DELETE", REQUEST, "kelley", null).status()).isEqualTo(204);
        assertThat(arm.send("POST", ACCEPT, "kelley-in-contoso", null).errorCode())
                .isEqualTo("ChangeTenantRequestNotFound");
        assertThat(status("kelley")).isEqualTo("Cancelled");
        assertThat(arm.get(REQUEST, "kelley")
                        .json()
                        .path("properties")
                        .path("status")
                        .asText())
                .isEqualTo("Cancelled");
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(arm.ports().activityLog().all())
                .anySatisfy(
                        e -> assertThat(e.operation()).isEqualTo("Microsoft.Subscription/changeTenantRequest/delete"));
    }

    @Test
    void malformedTenantIdsAre400AndUnknownTenants404() {
        var malformed = arm.send("PUT", REQUEST, "kelley", "{\"properties\":{\"destinationTenantId\":\"contoso\"}}");
        var unknown = arm.send(
                "PUT",
                REQUEST,
                "kelley",
                "{\"properties\":{\"destinationTenantId\":\"00000000-0000-4000-8000-0000000000aa\"}}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("error").path("target").asText()).isEqualTo("properties.destinationTenantId");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("DirectoryNotFound");
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(arm.ports().changeTenantRequests().of(Worlds.SUBSCRIPTION)).isEmpty();
    }

    @Test
    void ChangeTenantRequestNotFound_withoutARequestNothingIsPending() {
        assertThat(arm.get(REQUEST, "kelley").errorCode()).isEqualTo("ChangeTenantRequestNotFound");
        assertThat(arm.get(REQUEST, "kelley").status()).isEqualTo(404);
        assertThat(arm.send("DELETE", REQUEST, "kelley", null).status()).isEqualTo(204);
        assertThat(status("kelley-in-contoso")).isEqualTo("404 ChangeTenantRequestNotFound");
        var accept = arm.send("POST", ACCEPT, "kelley-in-contoso", null);
        assertThat(accept.status()).isEqualTo(404);
        assertThat(accept.errorCode()).isEqualTo("ChangeTenantRequestNotFound");
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
    }
}
