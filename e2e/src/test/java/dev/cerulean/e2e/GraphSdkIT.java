package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryRole;
import com.microsoft.graph.models.Domain;
import com.microsoft.graph.models.Invitation;
import com.microsoft.graph.models.Organization;
import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.identity.RunningCerulean;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Microsoft Graph SDK for Java (v6, kiota) over HTTPS against Cerulean's Graph port with the
 * demo world: contoso-automation (application role Directory.ReadWrite.All) and Contoso's Global
 * Administrator signed in with a password.
 */
class GraphSdkIT {
    private static final String GLOBAL_ADMINISTRATOR_TEMPLATE = "62e90394-69f5-4237-9190-012177145e10";

    @TempDir
    static Path data;

    static RunningCerulean cerulean;
    static CeruleanCloud cloud;
    static GraphServiceClient app;
    static GraphServiceClient admin;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data);
        cloud = new CeruleanCloud(cerulean);
        app = GraphClients.graph(
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

    @Test
    void readsTheOrganizationAndItsDomains() {
        List<Organization> organizations = app.organization().get().getValue();

        assertThat(organizations).singleElement().satisfies(o -> {
            assertThat(o.getId()).isEqualTo(DemoWorld.CONTOSO.toString());
            assertThat(o.getDisplayName()).isEqualTo("Contoso");
            assertThat(o.getVerifiedDomains())
                    .anySatisfy(d -> assertThat(d.getName()).isEqualTo("contoso.onmicrosoft.com"));
        });
        List<Domain> domains = app.domains().get().getValue();
        assertThat(domains).extracting(Domain::getId).contains("contoso.onmicrosoft.com");
    }

    @Test
    void theSignedInAdministratorReadsItself() {
        User me = admin.me().get();

        assertThat(me.getId()).isEqualTo(DemoWorld.KELLEY_CONTOSO.toString());
        assertThat(me.getUserPrincipalName()).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
    }

    @Test
    void createsListsAndDeletesAUser() {
        User created = app.users().post(newUser("sdk.created"));
        assertThat(created.getId()).isNotBlank();

        List<User> found = app.users()
                .get(r -> r.queryParameters.filter = "userPrincipalName eq 'sdk.created@contoso.onmicrosoft.com'")
                .getValue();
        assertThat(found).extracting(User::getId).containsExactly(created.getId());
        assertThat(app.users().get().getValue())
                .extracting(User::getUserPrincipalName)
                .contains("sdk.created@contoso.onmicrosoft.com", "megan.bowen@contoso.onmicrosoft.com");

        app.users().byUserId(created.getId()).delete();

        assertThatThrownBy(() -> app.users().byUserId(created.getId()).get())
                .isInstanceOfSatisfying(
                        ODataError.class,
                        e -> assertThat(e.getResponseStatusCode()).isEqualTo(404));
    }

    @Test
    void aGlobalAdministratorSignedInWithAPasswordCreatesAndDeletesAUser() {
        User created = admin.users().post(newUser("sdk.delegated"));

        assertThat(admin.users()
                        .byUserId("sdk.delegated@contoso.onmicrosoft.com")
                        .get()
                        .getId())
                .isEqualTo(created.getId());
        admin.users().byUserId(created.getId()).delete();
        assertThat(admin.users()
                        .get(r -> r.queryParameters.filter =
                                "userPrincipalName eq 'sdk.delegated@contoso.onmicrosoft.com'")
                        .getValue())
                .isEmpty();
    }

    @Test
    void disablesAUserAndChangesItsAlias() {
        User created = app.users().post(newUser("sdk.disabled"));
        User change = new User();
        change.setAccountEnabled(false);
        change.setMailNickname("sdk.alias");

        app.users().byUserId(created.getId()).patch(change);

        User read = app.users()
                .byUserId(created.getId())
                .get(r -> r.queryParameters.select = new String[] {"id", "accountEnabled", "mailNickname"});
        assertThat(read.getAccountEnabled()).isFalse();
        assertThat(read.getMailNickname()).isEqualTo("sdk.alias");
        assertThat(app.users()
                        .get(r -> r.queryParameters.filter = "mailNickname eq 'sdk.alias'")
                        .getValue())
                .extracting(User::getId)
                .containsExactly(created.getId());
        app.users().byUserId(created.getId()).delete();
    }

    @Test
    void invitesAGuest() {
        Invitation invitation = new Invitation();
        invitation.setInvitedUserEmailAddress("sam.reader@kelleywalloutlook.onmicrosoft.com");
        invitation.setInviteRedirectUrl("https://myapplications.microsoft.com");
        invitation.setSendInvitationMessage(false);

        Invitation sent = app.invitations().post(invitation);

        assertThat(sent.getInvitedUser().getId()).isNotBlank();
        assertThat(sent.getInviteRedeemUrl()).startsWith(cerulean.authorityHost);
        assertThat(sent.getStatus()).isEqualTo("PendingAcceptance");
        User guest = app.users()
                .byUserId(sent.getInvitedUser().getId())
                .get(r -> r.queryParameters.select = new String[] {"id", "userType", "externalUserState", "mail"});
        assertThat(guest.getUserType()).isEqualTo("Guest");
        assertThat(guest.getExternalUserState()).isEqualTo("PendingAcceptance");
        assertThat(guest.getMail()).isEqualTo("sam.reader@kelleywalloutlook.onmicrosoft.com");
    }

    @Test
    void listsTheGlobalAdministratorsMembers() {
        DirectoryRole role = app.directoryRoles().get().getValue().stream()
                .filter(r -> GLOBAL_ADMINISTRATOR_TEMPLATE.equals(r.getRoleTemplateId()))
                .findFirst()
                .orElseThrow();

        List<DirectoryObject> members = app.directoryRoles()
                .byDirectoryRoleId(role.getId())
                .members()
                .get()
                .getValue();

        assertThat(members).extracting(DirectoryObject::getId).containsExactly(DemoWorld.KELLEY_CONTOSO.toString());
        assertThat(members.get(0))
                .isInstanceOfSatisfying(
                        User.class,
                        u -> assertThat(u.getUserPrincipalName()).isEqualTo("kelley.wall@contoso.onmicrosoft.com"));
        assertThat(app.directoryRolesWithRoleTemplateId(GLOBAL_ADMINISTRATOR_TEMPLATE)
                        .get()
                        .getId())
                .isEqualTo(role.getId());
    }

    private static User newUser(String alias) {
        User user = new User();
        user.setAccountEnabled(true);
        user.setDisplayName("SDK " + alias);
        user.setMailNickname(alias);
        user.setUserPrincipalName(alias + "@contoso.onmicrosoft.com");
        PasswordProfile password = new PasswordProfile();
        password.setPassword("Sdk-Passw0rd!" + alias.length());
        password.setForceChangePasswordNextSignIn(false);
        user.setPasswordProfile(password);
        return user;
    }
}
