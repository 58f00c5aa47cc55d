package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoleDefinitionsApiTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private static final String RD = "/providers/Microsoft.Authorization/roleDefinitions";
    private static final String CUSTOM = "7c000000-0000-4000-8000-000000000001";
    private final ArmTestServer arm = new ArmTestServer();

    @AfterEach
    void stop() {
        arm.close();
    }

    @Test
    void roleNameFilterFindsExactlyTheOwner() {
        var r = arm.get(SUB + RD + "?$filter=roleName%20eq%20'Owner'&api-version=2022-04-01", "sam");

        assertThat(r.status()).isEqualTo(200);
        var value = r.json().path("value");
        assertThat(value).hasSize(1);
        assertThat(value.get(0).path("name").asText())
                .isEqualTo(BuiltInRoles.OWNER.id().toString());
        assertThat(value.get(0).path("id").asText()).isEqualTo(SUB + RD + "/" + BuiltInRoles.OWNER.id());
        assertThat(value.get(0).path("properties").path("roleName").asText()).isEqualTo("Owner");
        assertThat(value.get(0).path("properties").path("type").asText()).isEqualTo("BuiltInRole");
        assertThat(value.get(0)
                        .path("properties")
                        .path("permissions")
                        .get(0)
                        .path("actions")
                        .get(0)
                        .asText())
                .isEqualTo("*");
    }

    @Test
    void getsOneByIdAtASubscriptionAndAtTheRoot() {
        assertThat(arm.get(SUB + RD + "/" + BuiltInRoles.READER.id(), "kelley")
                        .json()
                        .path("properties")
                        .path("roleName")
                        .asText())
                .isEqualTo("Reader");
        assertThat(arm.get(RD + "/" + BuiltInRoles.READER.id(), "megan").status())
                .isEqualTo(200);
        assertThat(arm.get(SUB + RD + "/00000000-0000-4000-8000-0000000000ff", "kelley")
                        .status())
                .isEqualTo(404);
        assertThat(arm.get(SUB + RD + "/nope", "kelley").errorCode()).isEqualTo("InvalidRoleDefinitionId");
    }

    @Test
    void anUnsupportedFilterIs400() {
        var r = arm.get(SUB + RD + "?$filter=roleName%20ne%20'Owner'", "kelley");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("InvalidFilter");
    }

    @Test
    void customRolesArePutListedAndDeleted() {
        String body = "{\"properties\":{\"roleName\":\"Ops\",\"description\":\"ops\",\"type\":\"CustomRole\","
                + "\"permissions\":[{\"actions\":[\"*/read\"],\"notActions\":[]}],\"assignableScopes\":[\"" + SUB
                + "\"]}}";

        var created = arm.send("PUT", SUB + RD + "/" + CUSTOM, "kelley", body);
        var listed = arm.get(SUB + RD + "?$filter=type%20eq%20'CustomRole'", "kelley");
        var deleted = arm.send("DELETE", SUB + RD + "/" + CUSTOM, "kelley", null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("properties").path("type").asText()).isEqualTo("CustomRole");
        assertThat(listed.json().path("value")).hasSize(1);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(arm.ports().roleDefinitions().of(Worlds.SUBSCRIPTION)).isEmpty();
    }

    @Test
    void aContributorCannotWriteCustomRoles() {
        String body = "{\"properties\":{\"roleName\":\"Ops\",\"permissions\":[{\"actions\":[\"*/read\"]}]}}";

        var r = arm.send("PUT", SUB + RD + "/" + CUSTOM, "automation", body);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("AuthorizationFailed");
        assertThat(arm.ports().roleDefinitions().of(Worlds.SUBSCRIPTION)).isEmpty();
    }
}
