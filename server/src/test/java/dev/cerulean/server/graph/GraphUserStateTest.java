package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestReply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A user's alias (mailNickname) and whether it may sign in (accountEnabled), through Graph. */
class GraphUserStateTest {
    private final GraphWorld g = new GraphWorld();

    @AfterEach
    void stop() {
        g.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private TestReply create(String nickname, boolean enabled) {
        return g.send("POST", "/v1.0/users", "ga", """
                {"accountEnabled":%s,"displayName":"Nestor Wilke","mailNickname":"%s",
                 "userPrincipalName":"nestor@contoso.onmicrosoft.com","passwordProfile":{"password":"Sp4rkly-Dawn"}}""".formatted(enabled, nickname));
    }

    private DirectoryUser stored(String id) {
        return g.p.directoryUsers().byId(Worlds.CONTOSO, ObjectId.of(id)).orElseThrow();
    }

    @Test
    void aUserCreatedDisabledIsStoredDisabledAndShownSoWhenSelected() {
        var created = create("nestor.w", false);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        // accountEnabled is not in the default projection
        assertThat(created.json().has("accountEnabled")).isFalse();
        assertThat(stored(id).accountEnabled()).isFalse();
        JsonNode selected = g.get("/v1.0/users/" + id + "?$select=accountEnabled,mailNickname", "megan")
                .json();
        assertThat(selected.get("accountEnabled").asBoolean()).isFalse();
        assertThat(selected.get("mailNickname").asText()).isEqualTo("nestor.w");
    }

    @Test
    void theGivenNicknameIsStoredAndFilterable() {
        String id = create("nw-alias", true).json().get("id").asText();

        assertThat(stored(id).mailNickname()).isEqualTo("nw-alias");
        assertThat(upns("mailNickname eq 'NW-ALIAS'")).containsExactly("nestor@contoso.onmicrosoft.com");
        assertThat(upns("startswith(mailNickname,'nw-')")).containsExactly("nestor@contoso.onmicrosoft.com");
        // the alias is not derived from the user principal name any more
        assertThat(upns("mailNickname eq 'nestor'")).isEmpty();
    }

    @Test
    void patchDisablesAndEnablesAndChangesTheNickname() {
        String id = create("nestor", true).json().get("id").asText();

        var disabled = g.send(
                "PATCH",
                "/v1.0/users/" + id,
                "useradmin",
                "{\"accountEnabled\":false,\"mailNickname\":\"nestor.wilke\"}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(204);
        assertThat(stored(id).accountEnabled()).isFalse();
        assertThat(stored(id).mailNickname()).isEqualTo("nestor.wilke");
        assertThat(upns("accountEnabled eq false")).containsExactly("nestor@contoso.onmicrosoft.com");
        assertThat(upns("accountEnabled eq true"))
                .doesNotContain("nestor@contoso.onmicrosoft.com")
                .contains("megan.bowen@contoso.onmicrosoft.com");

        var enabled = g.send("PATCH", "/v1.0/users/" + id, "app", "{\"accountEnabled\":true}");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(204);
        assertThat(stored(id).accountEnabled()).isTrue();
        assertThat(stored(id).mailNickname()).isEqualTo("nestor.wilke");
        assertThat(upns("accountEnabled eq false")).isEmpty();
    }

    @Test
    void anInvalidNicknameIsABadRequestThatChangesNothing() {
        String id = create("nestor", true).json().get("id").asText();
        var before = g.state();

        var patched = g.send("PATCH", "/v1.0/users/" + id, "ga", "{\"mailNickname\":\"has space\"}");
        var created = g.send("POST", "/v1.0/users", "ga", """
                {"accountEnabled":true,"displayName":"X","mailNickname":"x@y",
                 "userPrincipalName":"x@contoso.onmicrosoft.com","passwordProfile":{"password":"Sp4rkly-Dawn"}}""");
        var wrongType = g.send("PATCH", "/v1.0/users/" + id, "ga", "{\"accountEnabled\":\"no\"}");

        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.json().at("/error/message").asText()).contains("mailNickname");
        assertThat(created.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(g.state()).isEqualTo(before);
    }

    @Test
    void onlyUserAdministratorsMayDisableAUser() {
        var before = g.state();

        var r = g.send("PATCH", "/v1.0/users/" + Worlds.LEE_GU, "megan", "{\"accountEnabled\":false}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(g.state()).isEqualTo(before);
    }

    @Test
    void usersOfTheDemoWorldKeepTheirDerivedNicknameAndAreEnabled() {
        JsonNode megan = g.get("/v1.0/users/" + Worlds.MEGAN_BOWEN + "?$select=mailNickname,accountEnabled", "megan")
                .json();

        assertThat(megan.get("mailNickname").asText()).isEqualTo("megan.bowen");
        assertThat(megan.get("accountEnabled").asBoolean()).isTrue();
        assertThat(g.get("/v1.0/users?$filter=" + q("accountEnabled eq 'yes'"), "megan")
                        .status())
                .isEqualTo(400);
    }

    private List<String> upns(String filter) {
        var r = g.get("/v1.0/users?$filter=" + q(filter), "megan");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> upns = new ArrayList<>();
        r.json().get("value").forEach(u -> upns.add(u.get("userPrincipalName").asText()));
        return upns;
    }
}
