package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.microsoft.graph.applications.item.addpassword.AddPasswordPostRequestBody;
import com.microsoft.graph.applications.item.removepassword.RemovePasswordPostRequestBody;
import com.microsoft.graph.models.AppRoleAssignment;
import com.microsoft.graph.models.Application;
import com.microsoft.graph.models.PasswordCredential;
import com.microsoft.graph.models.ServicePrincipal;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.nimbusds.jwt.SignedJWT;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.identity.RunningCerulean;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's whole life through the Microsoft Graph SDK for Java and azure-identity, over
 * HTTPS: contoso-automation (Directory.ReadWrite.All) creates an application and a password, the
 * secret gets no token until the app has a service principal, then does; the Global Administrator
 * grants it a Graph application permission, which its next token carries; removePassword makes the
 * very next token request with that secret fail.
 */
class GraphApplicationsIT {
    private static final UUID USER_READ_ALL = UUID.fromString("df021288-bdef-4463-88db-98f22de89214");

    @TempDir
    static Path data;

    static RunningCerulean cerulean;
    static CeruleanCloud cloud;
    static GraphServiceClient automation;
    static GraphServiceClient admin;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data);
        cloud = new CeruleanCloud(cerulean);
        automation = GraphClients.graph(
                cloud,
                cloud.app(
                        DemoWorld.CONTOSO,
                        DemoWorld.CONTOSO_AUTOMATION_CLIENT.toString(),
                        DemoWorld.CONTOSO_AUTOMATION_SECRET));
        admin = GraphClients.graph(cloud, cloud.person(DemoWorld.CONTOSO, "kelley.wall@contoso.onmicrosoft.com"));
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    /**
     * A token for the app with its secret. A new credential each time: azure-identity caches tokens
     * per credential, and the point is what the token endpoint answers now.
     */
    private static String token(String appId, String secret) throws Exception {
        TokenCredential credential = cloud.app(DemoWorld.CONTOSO, appId, secret);
        return credential
                .getTokenSync(new TokenRequestContext().addScopes(GraphClients.GRAPH_SCOPE))
                .getToken();
    }

    @Test
    void createAddPasswordSignInGrantAndRemovePassword() throws Exception {
        Application draft = new Application();
        draft.setDisplayName("sdk-made");
        Application app = automation.applications().post(draft);
        assertThat(app.getId()).isNotEqualTo(app.getAppId());

        var body = new AddPasswordPostRequestBody();
        var wanted = new PasswordCredential();
        wanted.setDisplayName("ci");
        body.setPasswordCredential(wanted);
        PasswordCredential password = automation
                .applications()
                .byApplicationId(app.getId())
                .addPassword()
                .post(body);
        String secret = password.getSecretText();
        assertThat(secret).hasSize(40);
        assertThat(password.getHint()).isEqualTo(secret.substring(0, 3));
        // the secret is never shown again
        assertThat(automation.applications().byApplicationId(app.getId()).get().getPasswordCredentials())
                .singleElement()
                .satisfies(p -> assertThat(p.getSecretText()).isNull());

        // no service principal yet: Entra's AADSTS7000229
        assertThatThrownBy(() -> token(app.getAppId(), secret)).hasMessageContaining("AADSTS7000229");

        var spDraft = new ServicePrincipal();
        spDraft.setAppId(app.getAppId());
        ServicePrincipal sp = automation.servicePrincipals().post(spDraft);
        List<ServicePrincipal> found = automation
                .servicePrincipals()
                .get(r -> r.queryParameters.filter = "appId eq '" + app.getAppId() + "'")
                .getValue();
        assertThat(found).extracting(ServicePrincipal::getId).containsExactly(sp.getId());

        String first = token(app.getAppId(), secret);
        assertThat(SignedJWT.parse(first).getJWTClaimsSet().getStringClaim("oid"))
                .isEqualTo(sp.getId());

        // the Global Administrator grants User.Read.All on Microsoft Graph's service principal
        ServicePrincipal graph = automation
                .servicePrincipals()
                .get(r -> r.queryParameters.filter = "appId eq '00000003-0000-0000-c000-000000000000'")
                .getValue()
                .get(0);
        var assignment = new AppRoleAssignment();
        assignment.setPrincipalId(UUID.fromString(sp.getId()));
        assignment.setResourceId(UUID.fromString(graph.getId()));
        assignment.setAppRoleId(USER_READ_ALL);
        admin.servicePrincipals()
                .byServicePrincipalId(sp.getId())
                .appRoleAssignments()
                .post(assignment);
        String granted = token(app.getAppId(), secret);
        assertThat(SignedJWT.parse(granted).getJWTClaimsSet().getStringListClaim("roles"))
                .containsExactly("User.Read.All");

        var remove = new RemovePasswordPostRequestBody();
        remove.setKeyId(password.getKeyId());
        automation.applications().byApplicationId(app.getId()).removePassword().post(remove);

        assertThatThrownBy(() -> token(app.getAppId(), secret)).hasMessageContaining("AADSTS7000215");
    }
}
