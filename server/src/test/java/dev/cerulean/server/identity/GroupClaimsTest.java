package dev.cerulean.server.identity;

import static dev.cerulean.server.identity.IdentityServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.ClientSecret;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code groups} claim, as Entra's {@code groupMembershipClaims} gives it: only for an app that
 * asks, with the person's groups directly and through nesting, read at each token request; past
 * 200 groups the overage claims instead.
 */
class GroupClaimsTest {
    private static final UUID GROUPED = UUID.fromString("66666666-6666-4666-8666-666666666666");
    private static final String SECRET = "grouped-secret-value";
    private static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";

    private final IdentityServer s = new IdentityServer();

    @AfterEach
    void stop() {
        s.close();
    }

    private void registerApp(AppRegistration.GroupClaims claims) {
        s.ports
                .appRegistrations()
                .add(new AppRegistration(
                                GROUPED,
                                Worlds.DEFAULT_DIRECTORY,
                                ObjectId.of("0d000000-0000-4000-8000-0000000000e6"),
                                "grouped",
                                List.of(new ClientSecret(
                                        UUID.randomUUID(),
                                        "gro",
                                        s.ports.passwordHasher().hash(SECRET),
                                        Worlds.NOW.plus(Duration.ofDays(30)))),
                                List.of())
                        .withGroupClaims(claims));
    }

    private Group group(String name) {
        Group g = new Group(new ObjectId(UUID.randomUUID()), Worlds.DEFAULT_DIRECTORY, name, name, null, Worlds.NOW);
        s.ports.groups().add(g);
        return g;
    }

    private JWTClaimsSet[] samsTokens() throws Exception {
        TestReply reply = s.post(
                "/" + Worlds.DEFAULT_DIRECTORY + "/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "password",
                        "client_id",
                        GROUPED.toString(),
                        "client_secret",
                        SECRET,
                        "username",
                        SAM,
                        "password",
                        Worlds.PASSWORD,
                        "scope",
                        "https://management.core.windows.net//.default openid"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new JWTClaimsSet[] {reply.claims("access_token"), reply.claims("id_token")};
    }

    @Test
    void anAppThatAsksGetsThePersonsGroupsDirectlyAndThroughNesting() throws Exception {
        registerApp(AppRegistration.GroupClaims.SecurityGroup);
        Group outer = group("outer");
        Group inner = group("inner");
        s.ports
                .groups()
                .addMember(Worlds.DEFAULT_DIRECTORY, outer.id(), new GroupMember(inner.id(), GroupMember.Type.Group));
        s.ports
                .groups()
                .addMember(
                        Worlds.DEFAULT_DIRECTORY,
                        inner.id(),
                        new GroupMember(Worlds.SAM_READER, GroupMember.Type.User));

        JWTClaimsSet[] tokens = samsTokens();

        for (JWTClaimsSet token : tokens) {
            assertThat(token.getStringListClaim("groups"))
                    .containsExactlyInAnyOrder(outer.id().toString(), inner.id().toString());
        }
        s.ports.groups().removeMember(Worlds.DEFAULT_DIRECTORY, inner.id(), Worlds.SAM_READER);
        assertThat(samsTokens()[0].getStringListClaim("groups")).isEmpty();
    }

    @Test
    void anAppThatDoesNotAskGetsNoGroupsClaim() throws Exception {
        registerApp(AppRegistration.GroupClaims.None);
        Group g = group("ops");
        s.ports
                .groups()
                .addMember(Worlds.DEFAULT_DIRECTORY, g.id(), new GroupMember(Worlds.SAM_READER, GroupMember.Type.User));

        JWTClaimsSet access = samsTokens()[0];

        assertThat(access.getClaim("groups")).isNull();
        assertThat(access.getClaim("_claim_names")).isNull();
    }

    @Test
    void pastTwoHundredGroupsTheTokenPointsAtGraphInstead() throws Exception {
        registerApp(AppRegistration.GroupClaims.All);
        List<Group> many = new ArrayList<>();
        for (int i = 0; i <= TokenClaims.GROUPS_LIMIT; i++) many.add(group("g" + i));
        many.forEach(g -> s.ports
                .groups()
                .addMember(
                        Worlds.DEFAULT_DIRECTORY, g.id(), new GroupMember(Worlds.SAM_READER, GroupMember.Type.User)));

        JWTClaimsSet access = samsTokens()[0];

        assertThat(access.getClaim("groups")).isNull();
        assertThat(access.getJSONObjectClaim("_claim_names")).isEqualTo(Map.of("groups", "src1"));
        assertThat(access.getJSONObjectClaim("_claim_sources").toString())
                .contains("https://graph.microsoft.com/v1.0/users/" + Worlds.SAM_READER + "/getMemberObjects");
    }
}
