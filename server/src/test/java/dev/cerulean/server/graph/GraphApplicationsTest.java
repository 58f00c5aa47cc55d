package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.fixtures.Worlds;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /v1.0/applications} and its passwords and owners, as a Graph client sees them. */
class GraphApplicationsTest {
    private final GraphWorld g = new GraphWorld();

    @AfterEach
    void stop() {
        g.close();
    }

    private JsonNode create(String token, String name) {
        var r = g.send("POST", "/v1.0/applications", token, "{\"displayName\":\"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void createGetListRenameAndDelete() {
        JsonNode app = create("ga", "billing");
        String id = app.get("id").asText();
        String appId = app.get("appId").asText();

        assertThat(app.get("@odata.context").asText()).isEqualTo(g.base() + "/v1.0/$metadata#applications/$entity");
        assertThat(id).isNotEqualTo(appId);
        assertThat(app.get("displayName").asText()).isEqualTo("billing");
        assertThat(app.get("passwordCredentials")).isEmpty();
        // Graph's POST /applications makes no service principal
        AppRegistration stored =
                g.p.appRegistrations().byClientId(UUID.fromString(appId)).orElseThrow();
        assertThat(stored.hasServicePrincipal()).isFalse();
        assertThat(stored.owners()).containsExactly(Worlds.KELLEY_CONTOSO);

        assertThat(g.get("/v1.0/applications/" + id, "megan")
                        .json()
                        .get("appId")
                        .asText())
                .isEqualTo(appId);
        JsonNode filtered = g.get("/v1.0/applications?$filter=appId%20eq%20'" + appId + "'", "app")
                .json();
        assertThat(filtered.get("value")).hasSize(1);
        assertThat(filtered.get("value").get(0).get("id").asText()).isEqualTo(id);
        assertThat(g.get("/v1.0/applications?$filter=displayName%20eq%20'contoso-automation'", "megan")
                        .json()
                        .get("value"))
                .hasSize(1);

        assertThat(g.send("PATCH", "/v1.0/applications/" + id, "ga", "{\"displayName\":\"billing-2\"}")
                        .status())
                .isEqualTo(204);
        assertThat(g.get("/v1.0/applications/" + id, "ga")
                        .json()
                        .get("displayName")
                        .asText())
                .isEqualTo("billing-2");

        assertThat(g.send("DELETE", "/v1.0/applications/" + id, "ga", null).status())
                .isEqualTo(204);
        var gone = g.get("/v1.0/applications/" + id, "ga");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().at("/error/code").asText()).isEqualTo("Request_ResourceNotFound");
    }

    @Test
    void listPagesWithTopAndAnAbsoluteNextLink() {
        create("ga", "a1");
        create("ga", "a2");

        JsonNode first = g.get("/v1.0/applications?$top=2&$count=true", "megan").json();
        assertThat(first.get("value")).hasSize(2);
        assertThat(first.get("@odata.count").asInt()).isEqualTo(3);
        String next = first.get("@odata.nextLink").asText();
        assertThat(next).startsWith(g.base() + "/v1.0/applications?");
        JsonNode second = g.get(next.substring(g.base().length()), "megan").json();
        assertThat(second.get("value")).hasSize(1);
        assertThat(second.has("@odata.nextLink")).isFalse();
    }

    @Test
    void addPasswordShowsTheSecretOnceAndRemovePasswordRemovesIt() {
        String id = create("ga", "billing").get("id").asText();

        var added = g.send(
                "POST",
                "/v1.0/applications/" + id + "/addPassword",
                "ga",
                "{\"passwordCredential\":{\"displayName\":\"ci\",\"endDateTime\":\"2018-06-01T00:00:00Z\"}}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        JsonNode credential = added.json();
        String secret = credential.get("secretText").asText();
        assertThat(secret).hasSize(40);
        assertThat(credential.get("hint").asText()).isEqualTo(secret.substring(0, 3));
        assertThat(credential.get("displayName").asText()).isEqualTo("ci");
        assertThat(credential.get("endDateTime").asText()).isEqualTo("2018-06-01T00:00:00Z");
        String keyId = credential.get("keyId").asText();

        JsonNode listed = g.get("/v1.0/applications/" + id, "ga").json().get("passwordCredentials");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("keyId").asText()).isEqualTo(keyId);
        assertThat(listed.get(0).get("secretText").isNull()).isTrue();
        assertThat(g.get("/v1.0/applications/" + id, "ga").body()).doesNotContain(secret);

        assertThat(g.send("POST", "/v1.0/applications/" + id + "/removePassword", "ga", "{\"keyId\":\"" + keyId + "\"}")
                        .status())
                .isEqualTo(204);
        assertThat(g.get("/v1.0/applications/" + id, "ga").json().get("passwordCredentials"))
                .isEmpty();
        var again =
                g.send("POST", "/v1.0/applications/" + id + "/removePassword", "ga", "{\"keyId\":\"" + keyId + "\"}");
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void anEndDateInThePastIsABadRequestAndChangesNothing() {
        String id = create("ga", "billing").get("id").asText();
        var before = g.state();

        var r = g.send(
                "POST",
                "/v1.0/applications/" + id + "/addPassword",
                "ga",
                "{\"passwordCredential\":{\"endDateTime\":\"2001-01-01T00:00:00Z\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/code").asText()).isEqualTo("Request_BadRequest");
        assertThat(g.state()).isEqualTo(before);
    }

    @Test
    void ownersAreAddedListedAndRemovedByReference() {
        String id = create("ga", "billing").get("id").asText();
        String ref = "{\"@odata.id\":\"https://graph.microsoft.com/v1.0/directoryObjects/" + Worlds.MEGAN_BOWEN + "\"}";

        assertThat(g.send("POST", "/v1.0/applications/" + id + "/owners/$ref", "ga", ref)
                        .status())
                .isEqualTo(204);
        JsonNode owners =
                g.get("/v1.0/applications/" + id + "/owners", "megan").json().get("value");
        assertThat(owners)
                .extracting(o -> o.get("id").asText())
                .containsExactlyInAnyOrder(Worlds.KELLEY_CONTOSO.toString(), Worlds.MEGAN_BOWEN.toString());
        assertThat(owners.get(0).get("@odata.type").asText()).isEqualTo("#microsoft.graph.user");

        // now an owner, Megan (no directory role) may rename it
        assertThat(g.send("PATCH", "/v1.0/applications/" + id, "megan", "{\"displayName\":\"mine\"}")
                        .status())
                .isEqualTo(204);
        var twice = g.send("POST", "/v1.0/applications/" + id + "/owners/$ref", "ga", ref);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().at("/error/code").asText()).isEqualTo("Request_BadRequest");

        assertThat(g.send("DELETE", "/v1.0/applications/" + id + "/owners/" + Worlds.MEGAN_BOWEN + "/$ref", "ga", null)
                        .status())
                .isEqualTo(204);
        assertThat(g.send("DELETE", "/v1.0/applications/" + id + "/owners/" + Worlds.MEGAN_BOWEN + "/$ref", "ga", null)
                        .status())
                .isEqualTo(404);
        var denied = g.send("PATCH", "/v1.0/applications/" + id, "megan", "{\"displayName\":\"again\"}");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().at("/error/code").asText()).isEqualTo("Authorization_RequestDenied");
    }

    @Test
    void groupMembershipClaimsIsSetAndShown() {
        String id = create("ga", "Grouped").get("id").asText();

        var set = g.send("PATCH", "/v1.0/applications/" + id, "ga", "{\"groupMembershipClaims\":\"SecurityGroup\"}");
        var bad = g.send("PATCH", "/v1.0/applications/" + id, "ga", "{\"groupMembershipClaims\":\"ApplicationGroup\"}");

        assertThat(set.status()).as(set.body()).isEqualTo(204);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(g.get("/v1.0/applications/" + id, "ga")
                        .json()
                        .get("groupMembershipClaims")
                        .asText())
                .isEqualTo("SecurityGroup");
        g.send("PATCH", "/v1.0/applications/" + id, "ga", "{\"groupMembershipClaims\":null}");
        assertThat(g.get("/v1.0/applications/" + id, "ga")
                        .json()
                        .get("groupMembershipClaims")
                        .isNull())
                .isTrue();
    }

    @Test
    void malformedInputIsABadRequestNamingTheField() {
        var noName = g.send("POST", "/v1.0/applications", "ga", "{}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().at("/error/message").asText()).contains("displayName");

        var unknown = g.send("POST", "/v1.0/applications", "ga", "{\"displayName\":\"x\",\"web\":{}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/error/message").asText()).contains("web");

        assertThat(g.get("/v1.0/applications/not-a-guid", "ga").status()).isEqualTo(400);
        assertThat(g.get("/v1.0/applications?$filter=startswith(displayName,'a')", "ga")
                        .status())
                .isEqualTo(400);
        String id = create("ga", "billing").get("id").asText();
        assertThat(g.send("POST", "/v1.0/applications/" + id + "/removePassword", "ga", "{\"keyId\":\"x\"}")
                        .status())
                .isEqualTo(400);
    }
}
