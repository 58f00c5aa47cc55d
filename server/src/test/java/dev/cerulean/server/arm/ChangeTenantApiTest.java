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
    private static final String REQUEST = SUB + "/providers/Microsoft.Subscription/changeTenantRequest/default?api-version=2024-08-01-preview";
    private static final String BODY = "{\"properties\":{\"destinationTenantId\":\"" + Worlds.CONTOSO
            + "\",\"destinationOwnerId\":\"kelley.wall@outlook.com\"}}";
    private final ArmTestServer arm = new ArmTestServer(linked(Worlds.kelleyWall()));

    @AfterEach
    void stop() {
        arm.close();
    }

    /** Step 1 of the walkthrough: Kelley's Microsoft account becomes a member of Contoso. */
    private static Worlds.KelleyWall linked(Worlds.KelleyWall w) {
        Ports p = w.ports();
        var request = new RequestDirectoryLink(p.transactions(), p.microsoftAccounts(), p.subscriptions(), p.directoryUsers(),
                p.directoryLinkRequests(), p.clock(), p.ids()).request(w.kelleyMsaInDefault(), true).orThrow();
        new ConfirmDirectoryLink(p.transactions(), p.microsoftAccounts(), p.directories(), p.directoryUsers(),
                p.directoryRoles(), p.directoryLinkRequests(), p.subscriptions(), p.clock(), p.ids(),
                new ActivityRecorder(p.activityLog(), p.clock(), p.ids())).confirm(w.contosoGlobalAdministrator(), request.id())
                .orThrow();
        return w;
    }

    @Test
    void R12_R34_theChangeRemovesCoAdministratorsAndAssignmentsAndIsLogged() {
        var r = arm.send("PUT", REQUEST, "kelley", BODY);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("name").asText()).isEqualTo("default");
        assertThat(r.json().path("type").asText()).isEqualTo("Microsoft.Subscription/changeTenantRequest");
        assertThat(r.json().path("properties").path("destinationTenantId").asText()).isEqualTo(Worlds.CONTOSO.toString());
        assertThat(r.json().path("properties").path("status").asText()).isEqualTo("Completed");
        var p = arm.ports();
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.CONTOSO);
        assertThat(p.coAdministrators().of(Worlds.SUBSCRIPTION)).isEmpty();
        assertThat(p.roleAssignments().of(Worlds.SUBSCRIPTION)).isEmpty();
        assertThat(p.activityLog().all()).anySatisfy(e -> {
            assertThat(e.operation()).isEqualTo("Microsoft.Subscription/updateTenant/action");
            assertThat(e.message()).isEqualTo("moved from tenant " + Worlds.DEFAULT_DIRECTORY + " to tenant " + Worlds.CONTOSO);
        });
        // the old tenant's token no longer fits; the new one's does
        assertThat(arm.get(SUB, "kelley").errorCode()).isEqualTo("InvalidAuthenticationTokenTenant");
        assertThat(arm.get(SUB, "kelley-in-contoso").status()).isEqualTo(200);
        assertThat(arm.send("POST", "/providers/Microsoft.Subscription/subscriptions/" + Worlds.SUBSCRIPTION
                + "/acceptChangeTenant", "kelley-in-contoso", null).status()).isEqualTo(204);
        assertThat(arm.send("POST", "/providers/Microsoft.Subscription/subscriptions/" + Worlds.SUBSCRIPTION
                + "/changeTenantStatus", "kelley-in-contoso", null).json().path("status").asText()).isEqualTo("Completed");
    }

    @Test
    void R9_aCoAdministratorIsRefusedAndNothingChanges() {
        long version = arm.world.subscription().version();

        var r = arm.send("PUT", REQUEST, "alex", BODY);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("CoAdministratorCannotChangeDirectory");
        assertThat(arm.world.subscription().version()).isEqualTo(version);
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
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
    }

    @Test
    void aCurrentIfMatchLetsTheChangeThrough() {
        long version = arm.world.subscription().version();

        var r = arm.send("PUT", REQUEST, "kelley", BODY, Map.of("If-Match", "\"" + version + "\""));

        assertThat(r.status()).isEqualTo(200);
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.CONTOSO);
    }

    @Test
    void malformedTenantIdsAre400AndUnknownTenants404() {
        var malformed = arm.send("PUT", REQUEST, "kelley", "{\"properties\":{\"destinationTenantId\":\"contoso\"}}");
        var unknown = arm.send("PUT", REQUEST, "kelley",
                "{\"properties\":{\"destinationTenantId\":\"00000000-0000-4000-8000-0000000000aa\"}}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("error").path("target").asText()).isEqualTo("properties.destinationTenantId");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("DirectoryNotFound");
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
    }

    @Test
    void nothingIsPendingAndAcceptingBeforeTheChangeIs404() {
        assertThat(arm.get(REQUEST, "kelley").errorCode()).isEqualTo("ChangeTenantRequestNotFound");
        var accept = arm.send("POST", "/providers/Microsoft.Subscription/subscriptions/" + Worlds.SUBSCRIPTION
                + "/acceptChangeTenant", "kelley-in-contoso", null);
        assertThat(accept.status()).isEqualTo(404);
        assertThat(arm.world.subscription().directory()).isEqualTo(Worlds.DEFAULT_DIRECTORY);
    }
}
