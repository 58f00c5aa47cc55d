package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Graph's application objects and service principals: create, change, delete, owners, secrets. */
class ApplicationObjectTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final DirectoryUseCases useCases = Worlds.useCases(p).directory();
    private final ChangeApplication change = useCases.changeApplication();
    private final ServicePrincipals sps = useCases.servicePrincipals();

    private AppRegistration graphApp() {
        return useCases.registerApp()
                .registerApplication(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "billing")
                .orThrow();
    }

    @Test
    void anApplicationObjectHasNoServicePrincipalAndItsCreatorOwnsIt() {
        AppRegistration app = graphApp();

        assertThat(app.hasServicePrincipal()).isFalse();
        assertThat(app.objectId().value()).isNotEqualTo(app.clientId());
        assertThat(app.owners()).containsExactly(Worlds.KELLEY_CONTOSO);
        assertThat(p.appRegistrations().byObjectId(Worlds.CONTOSO, app.objectId()))
                .contains(app);
    }

    @Test
    void aServicePrincipalIsMadeOnceAndDeletingItKeepsTheApplication() {
        AppRegistration app = graphApp();

        AppRegistration withSp = sps.create(world.contosoGlobalAdministrator(), Worlds.CONTOSO, app.clientId())
                .orThrow();
        assertThat(withSp.servicePrincipal()).isNotNull().isNotEqualTo(app.objectId());
        assertThat(p.appRegistrations().byServicePrincipal(Worlds.CONTOSO, withSp.servicePrincipal()))
                .isPresent();

        AppRegistration without = sps.delete(
                        world.contosoGlobalAdministrator(), Worlds.CONTOSO, withSp.servicePrincipal())
                .orThrow();
        assertThat(without.hasServicePrincipal()).isFalse();
        assertThat(p.appRegistrations().byObjectId(Worlds.CONTOSO, app.objectId()))
                .contains(without);
    }

    @Test
    void ServicePrincipalExists_secondForSameApp() {
        AppRegistration app = graphApp();
        sps.create(world.contosoGlobalAdministrator(), Worlds.CONTOSO, app.clientId())
                .orThrow();
        DirectoryState before = DirectoryState.of(p);

        assertThat(sps.create(world.contosoGlobalAdministrator(), Worlds.CONTOSO, app.clientId())
                        .code())
                .isEqualTo(RuleCode.ServicePrincipalExists);
        // the world's apps have theirs since they were registered
        assertThat(sps.create(world.contosoGlobalAdministrator(), Worlds.CONTOSO, Worlds.CONTOSO_AUTOMATION_CLIENT)
                        .code())
                .isEqualTo(RuleCode.ServicePrincipalExists);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void ServicePrincipalNotFound_unknownOrAnotherDirectorysServicePrincipal() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(sps.delete(world.contosoGlobalAdministrator(), Worlds.CONTOSO, Worlds.DEMO_AUTOMATION_SP)
                        .code())
                .isEqualTo(RuleCode.ServicePrincipalNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void NotApplicationOwnerOrAdministrator_membersWhoDoNotOwnTheAppChangeNothing() {
        AppRegistration app = graphApp();
        DirectoryState before = DirectoryState.of(p);

        assertThat(change.rename(world.megan(), Worlds.CONTOSO, app.objectId(), "mine")
                        .code())
                .isEqualTo(RuleCode.NotApplicationOwnerOrAdministrator);
        assertThat(change.delete(world.megan(), Worlds.CONTOSO, app.objectId()).code())
                .isEqualTo(RuleCode.NotApplicationOwnerOrAdministrator);
        assertThat(sps.create(world.megan(), Worlds.CONTOSO, app.clientId()).code())
                .isEqualTo(RuleCode.NotApplicationOwnerOrAdministrator);
        assertThat(useCases.registerApp()
                        .registerApplication(world.megan(), Worlds.CONTOSO, "x")
                        .code())
                .isEqualTo(RuleCode.NotApplicationOwnerOrAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void anOwnerManagesTheAppAndAnApplicationAdministratorManagesEveryApp() {
        AppRegistration app = graphApp();
        change.addOwner(world.contosoGlobalAdministrator(), Worlds.CONTOSO, app.objectId(), Worlds.MEGAN_BOWEN)
                .orThrow();

        assertThat(change.rename(world.megan(), Worlds.CONTOSO, app.objectId(), "renamed by owner")
                        .orThrow()
                        .displayName())
                .isEqualTo("renamed by owner");
        assertThat(useCases.addClientSecret()
                        .add(world.megan(), app.clientId(), AddClientSecret.Lifetime.ONE_YEAR)
                        .isOk())
                .isTrue();

        change.removeOwner(world.contosoGlobalAdministrator(), Worlds.CONTOSO, app.objectId(), Worlds.MEGAN_BOWEN)
                .orThrow();
        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.CloudApplicationAdministrator, Worlds.MEGAN_BOWEN);
        assertThat(change.rename(world.megan(), Worlds.CONTOSO, app.objectId(), "by admin")
                        .isOk())
                .isTrue();
    }

    @Test
    void AlreadyAppOwner_anOwnerIsAddedOnce() {
        AppRegistration app = graphApp();
        DirectoryState before = DirectoryState.of(p);

        assertThat(change.addOwner(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                app.objectId(),
                                Worlds.KELLEY_CONTOSO)
                        .code())
                .isEqualTo(RuleCode.AlreadyAppOwner);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void AppOwnerMustBeUser_servicePrincipalsDoNotOwnApps() {
        AppRegistration app = graphApp();
        DirectoryState before = DirectoryState.of(p);

        assertThat(change.addOwner(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                app.objectId(),
                                Worlds.CONTOSO_AUTOMATION_SP)
                        .code())
                .isEqualTo(RuleCode.AppOwnerMustBeUser);
        assertThat(change.addOwner(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                app.objectId(),
                                new ObjectId(UUID.randomUUID()))
                        .code())
                .isEqualTo(RuleCode.UserNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void NotAppOwner_removingSomeoneWhoDoesNotOwnIt() {
        AppRegistration app = graphApp();
        DirectoryState before = DirectoryState.of(p);

        assertThat(change.removeOwner(
                                world.contosoGlobalAdministrator(), Worlds.CONTOSO, app.objectId(), Worlds.MEGAN_BOWEN)
                        .code())
                .isEqualTo(RuleCode.NotAppOwner);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void removingASecretKeepsTheOthers() {
        AppRegistration app = graphApp();
        var first = useCases.addClientSecret()
                .add(world.contosoGlobalAdministrator(), app.clientId(), AddClientSecret.Lifetime.ONE_YEAR)
                .orThrow();
        var second = useCases.addClientSecret()
                .add(world.contosoGlobalAdministrator(), app.clientId(), AddClientSecret.Lifetime.ONE_YEAR)
                .orThrow();

        AppRegistration after = change.removeSecret(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        app.objectId(),
                        first.stored().keyId())
                .orThrow();

        assertThat(after.secrets()).containsExactly(second.stored());
        assertThat(p.appRegistrations().byClientId(app.clientId()).orElseThrow().secrets())
                .containsExactly(second.stored());
    }

    @Test
    void ClientSecretNotFound_unknownKeyId() {
        AppRegistration app = graphApp();
        DirectoryState before = DirectoryState.of(p);

        assertThat(change.removeSecret(
                                world.contosoGlobalAdministrator(), Worlds.CONTOSO, app.objectId(), UUID.randomUUID())
                        .code())
                .isEqualTo(RuleCode.ClientSecretNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void AppNotFound_anotherDirectorysApplication() {
        AppRegistration app = graphApp();
        DirectoryState before = DirectoryState.of(p);

        assertThat(change.delete(world.kelleyMsaInDefault(), Worlds.DEFAULT_DIRECTORY, app.objectId())
                        .code())
                .isEqualTo(RuleCode.AppNotFound);
        assertThat(sps.create(world.kelleyMsaInDefault(), Worlds.DEFAULT_DIRECTORY, app.clientId())
                        .code())
                .isEqualTo(RuleCode.AppNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void deletingAnApplicationTakesItsServicePrincipalAndItsDirectoryRoles() {
        AppRegistration automation = p.appRegistrations()
                .byClientId(Worlds.CONTOSO_AUTOMATION_CLIENT)
                .orElseThrow();
        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.UserAdministrator, automation.servicePrincipal());

        change.delete(world.contosoGlobalAdministrator(), Worlds.CONTOSO, automation.objectId())
                .orThrow();

        assertThat(p.appRegistrations().byClientId(Worlds.CONTOSO_AUTOMATION_CLIENT))
                .isEmpty();
        assertThat(p.directoryRoles().rolesOf(Worlds.CONTOSO, automation.servicePrincipal()))
                .isEmpty();
    }

    @Test
    void AppRoleAssignmentNotFound_revokingARoleNotHeld() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(useCases.grantGraphAppRole()
                        .revoke(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO_AUTOMATION_CLIENT,
                                "Domain.ReadWrite.All")
                        .code())
                .isEqualTo(RuleCode.AppRoleAssignmentNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void revokingARoleKeepsTheOthers() {
        var grant = useCases.grantGraphAppRole();
        grant.grant(world.contosoGlobalAdministrator(), Worlds.CONTOSO_AUTOMATION_CLIENT, "User.Read.All")
                .orThrow();
        grant.grant(world.contosoGlobalAdministrator(), Worlds.CONTOSO_AUTOMATION_CLIENT, "Domain.ReadWrite.All")
                .orThrow();

        AppRegistration after = grant.revoke(
                        world.contosoGlobalAdministrator(), Worlds.CONTOSO_AUTOMATION_CLIENT, "User.Read.All")
                .orThrow();

        assertThat(after.graphAppRoles()).contains("Domain.ReadWrite.All").doesNotContain("User.Read.All");
        assertThat(List.copyOf(p.appRegistrations()
                        .byClientId(Worlds.CONTOSO_AUTOMATION_CLIENT)
                        .orElseThrow()
                        .graphAppRoles()))
                .isEqualTo(after.graphAppRoles());
    }
}
