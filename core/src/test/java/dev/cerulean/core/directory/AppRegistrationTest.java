package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppRegistrationTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final DirectoryUseCases useCases = Worlds.useCases(p).directory();
    private final RegisterApp register = useCases.registerApp();
    private final AddClientSecret addSecret = useCases.addClientSecret();
    private final GrantGraphAppRole grant = useCases.grantGraphAppRole();

    @Test
    void globalAdministratorRegistersAppWithServicePrincipal() {
        AppRegistration app = register.register(world.contosoGlobalAdministrator(), Worlds.CONTOSO, " reporting ")
                .orThrow();

        assertThat(app.displayName()).isEqualTo("reporting");
        assertThat(app.directory()).isEqualTo(Worlds.CONTOSO);
        assertThat(app.secrets()).isEmpty();
        assertThat(app.graphAppRoles()).isEmpty();
        assertThat(app.servicePrincipal().value()).isNotEqualTo(app.clientId());
        assertThat(p.appRegistrations().byClientId(app.clientId())).contains(app);
        assertThat(p.appRegistrations().byServicePrincipal(Worlds.CONTOSO, app.servicePrincipal()))
                .contains(app);
        assertThat(p.activityLog().all().get(0).operation()).isEqualTo(DirectoryOperations.REGISTER_APP);
    }

    @Test
    void NotGlobalAdministrator_memberCannotRegisterApps() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(register.register(world.megan(), Worlds.CONTOSO, "reporting").code())
                .isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidDisplayName_appNeedsAName() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(register.register(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "\t")
                        .code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void clientSecretIsReturnedOnceAndStoredOnlyAsHashWithHint() {
        AppRegistration app = register.register(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "reporting")
                .orThrow();

        AddClientSecret.NewSecret secret = addSecret
                .add(world.contosoGlobalAdministrator(), app.clientId(), AddClientSecret.Lifetime.ONE_YEAR)
                .orThrow();

        assertThat(secret.value()).isEqualTo(Worlds.FIXED_SECRET);
        assertThat(secret.toString()).doesNotContain(secret.value());
        ClientSecret stored = p.appRegistrations()
                .byClientId(app.clientId())
                .orElseThrow()
                .secrets()
                .get(0);
        assertThat(stored).isEqualTo(secret.stored());
        assertThat(stored.hint()).isEqualTo(secret.value().substring(0, 3));
        assertThat(stored.hash().encoded()).doesNotContain(secret.value());
        assertThat(p.passwordHasher().verify(secret.value(), stored.hash())).isTrue();
        assertThat(stored.expiresAt()).isEqualTo(Worlds.NOW.plus(Duration.ofDays(365)));
        assertThat(p.activityLog().all())
                .allSatisfy(e ->
                        assertThat(String.valueOf(e.message()) + e.target()).doesNotContain(secret.value()));
    }

    @Test
    void secretsAccumulateAndDefaultToTwoYears() {
        addSecret
                .add(world.contosoGlobalAdministrator(), Worlds.CONTOSO_AUTOMATION_CLIENT, null)
                .orThrow();

        var secrets = p.appRegistrations()
                .byClientId(Worlds.CONTOSO_AUTOMATION_CLIENT)
                .orElseThrow()
                .secrets();
        assertThat(secrets).hasSize(2);
        assertThat(secrets.get(1).expiresAt()).isEqualTo(Worlds.NOW.plus(Duration.ofDays(730)));
    }

    @Test
    void secureRandomSecretsAreLongAndDistinct() {
        SecretSource source = SecretSource.secureRandom();
        String a = source.newSecret();
        assertThat(a).hasSize(40).isNotEqualTo(source.newSecret());
    }

    @Test
    void AppNotFound_unknownClientId() {
        DirectoryState before = DirectoryState.of(p);

        UUID unknown = UUID.fromString("99999999-9999-4999-8999-999999999999");
        assertThat(addSecret
                        .add(world.contosoGlobalAdministrator(), unknown, AddClientSecret.Lifetime.NEVER)
                        .code())
                .isEqualTo(RuleCode.AppNotFound);
        assertThat(grant.grant(world.contosoGlobalAdministrator(), unknown, "User.Read.All")
                        .code())
                .isEqualTo(RuleCode.AppNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void NotApplicationOwnerOrAdministrator_onlyAdministratorsOfTheAppsDirectoryAddSecrets() {
        DirectoryState before = DirectoryState.of(p);

        // Kelley's MSA administers Default Directory, not Contoso where the app lives
        assertThat(addSecret
                        .add(
                                world.kelleyMsaInDefault(),
                                Worlds.CONTOSO_AUTOMATION_CLIENT,
                                AddClientSecret.Lifetime.ONE_YEAR)
                        .code())
                .isEqualTo(RuleCode.NotApplicationOwnerOrAdministrator);
        assertThat(addSecret
                        .add(world.megan(), Worlds.CONTOSO_AUTOMATION_CLIENT, AddClientSecret.Lifetime.ONE_YEAR)
                        .code())
                .isEqualTo(RuleCode.NotApplicationOwnerOrAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void applicationGrantedApplicationReadWriteAllManagesSecrets() {
        Caller app = world.demoAutomation();
        assertThat(addSecret.add(app, Worlds.DEMO_AUTOMATION_CLIENT, null).code())
                .isEqualTo(RuleCode.NotApplicationOwnerOrAdministrator);

        grant.grant(world.kelleyMsaInDefault(), Worlds.DEMO_AUTOMATION_CLIENT, GraphAppRoles.APPLICATION_READ_WRITE_ALL)
                .orThrow();

        assertThat(addSecret.add(app, Worlds.DEMO_AUTOMATION_CLIENT, null).isOk())
                .isTrue();
    }

    @Test
    void applicationGrantedDirectoryReadWriteAllManagesSecrets() {
        // contoso-automation holds Directory.ReadWrite.All, which Graph lets manage applications too
        Caller app = new Caller(
                new Identity.App(Worlds.CONTOSO, Worlds.CONTOSO_AUTOMATION_SP),
                Worlds.CONTOSO,
                Worlds.CONTOSO_AUTOMATION_SP,
                null);

        assertThat(addSecret.add(app, Worlds.CONTOSO_AUTOMATION_CLIENT, null).isOk())
                .isTrue();
    }

    @Test
    void globalAdministratorGrantsGraphApplicationRoles() {
        AppRegistration app = grant.grant(world.kelleyMsaInDefault(), Worlds.DEMO_AUTOMATION_CLIENT, "user.read.all")
                .orThrow();

        assertThat(app.graphAppRoles()).containsExactly(GraphAppRoles.USER_READ_ALL);
        assertThat(p.appRegistrations().byClientId(Worlds.DEMO_AUTOMATION_CLIENT))
                .contains(app);
        assertThat(p.activityLog().all().get(0).operation()).isEqualTo(DirectoryOperations.GRANT_APP_ROLE);

        // granting it again changes nothing
        DirectoryState before = DirectoryState.of(p);
        assertThat(grant.grant(world.kelleyMsaInDefault(), Worlds.DEMO_AUTOMATION_CLIENT, "User.Read.All")
                        .isOk())
                .isTrue();
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidGraphAppRole_unknownRoleRefused() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(grant.grant(world.kelleyMsaInDefault(), Worlds.DEMO_AUTOMATION_CLIENT, "Everything.All")
                        .code())
                .isEqualTo(RuleCode.InvalidGraphAppRole);
        assertThat(grant.grant(world.kelleyMsaInDefault(), Worlds.DEMO_AUTOMATION_CLIENT, null)
                        .code())
                .isEqualTo(RuleCode.InvalidGraphAppRole);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void NotGlobalAdministrator_onlyGlobalAdministratorConsents() {
        DirectoryState before = DirectoryState.of(p);

        Outcome<AppRegistration> outcome =
                grant.grant(world.samReader(), Worlds.DEMO_AUTOMATION_CLIENT, "User.Read.All");

        assertThat(outcome.code()).isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }
}
