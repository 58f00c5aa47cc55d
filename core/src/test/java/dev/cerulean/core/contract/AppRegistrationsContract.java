package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.hash;
import static dev.cerulean.core.contract.ContractData.objectId;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.ClientSecret;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class AppRegistrationsContract extends PortContract {
    private final DirectoryId contoso = directoryId();

    private static ClientSecret secret(String hint, int days) {
        return new ClientSecret(uuid(), hint, hash(hint), at(days * 24 * 60));
    }

    private AppRegistration app(String name, List<ClientSecret> secrets, List<String> roles) {
        return new AppRegistration(uuid(), contoso, objectId(), name, secrets, roles);
    }

    @Test
    void anAppKeepsItsSecretsAndGraphRolesInOrder() {
        AppRegistration automation = app(
                "Automation",
                List.of(secret("abc", 30), secret("xyz", 365)),
                List.of("User.Read.All", "Directory.ReadWrite.All"));

        ports.appRegistrations().add(automation);

        AppRegistration stored =
                ports.appRegistrations().byClientId(automation.clientId()).orElseThrow();
        assertThat(stored).isEqualTo(automation);
        assertThat(stored.secrets()).extracting(ClientSecret::hint).containsExactly("abc", "xyz");
        assertThat(stored.graphAppRoles()).containsExactly("User.Read.All", "Directory.ReadWrite.All");
    }

    @Test
    void anAppWithoutSecretsOrRolesRoundTrips() {
        AppRegistration bare = app("Bare", List.of(), List.of());

        ports.appRegistrations().add(bare);

        assertThat(ports.appRegistrations().byClientId(bare.clientId())).contains(bare);
        assertThat(ports.appRegistrations().byClientId(uuid())).isEmpty();
    }

    @Test
    void appsAreFoundByServicePrincipalAndByDirectory() {
        AppRegistration a = app("A", List.of(secret("aaa", 1)), List.of("User.Read.All"));
        AppRegistration b = app("B", List.of(), List.of());
        AppRegistration elsewhere =
                new AppRegistration(uuid(), directoryId(), a.servicePrincipal(), "C", List.of(), List.of());
        ports.appRegistrations().add(a);
        ports.appRegistrations().add(b);
        ports.appRegistrations().add(elsewhere);

        assertThat(ports.appRegistrations().byServicePrincipal(contoso, a.servicePrincipal()))
                .contains(a);
        assertThat(ports.appRegistrations().byServicePrincipal(contoso, objectId()))
                .isEmpty();
        assertThat(ports.appRegistrations().inDirectory(contoso)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void updateReplacesNameSecretsAndRoles() {
        ClientSecret kept = secret("kep", 30);
        AppRegistration before = app("Automation", List.of(kept, secret("old", 30)), List.of("User.Read.All"));
        ports.appRegistrations().add(before);
        AppRegistration after = new AppRegistration(
                before.clientId(),
                contoso,
                before.servicePrincipal(),
                "Renamed",
                List.of(secret("new", 90), kept),
                List.of("Directory.ReadWrite.All", "User.Read.All"));

        ports.appRegistrations().update(after);

        assertThat(ports.appRegistrations().byClientId(before.clientId())).contains(after);
    }

    @Test
    void anAppKeepsItsGroupClaimsSetting() {
        AppRegistration plain = app("Plain", List.of(), List.of());
        AppRegistration grouped = app("Grouped", List.of(), List.of()).withGroupClaims(AppRegistration.GroupClaims.All);
        ports.appRegistrations().add(plain);
        ports.appRegistrations().add(grouped);

        ports.appRegistrations().update(plain.withGroupClaims(AppRegistration.GroupClaims.SecurityGroup));

        assertThat(ports.appRegistrations()
                        .byClientId(plain.clientId())
                        .orElseThrow()
                        .groupClaims())
                .isEqualTo(AppRegistration.GroupClaims.SecurityGroup);
        assertThat(ports.appRegistrations()
                        .byClientId(grouped.clientId())
                        .orElseThrow()
                        .groupClaims())
                .isEqualTo(AppRegistration.GroupClaims.All);
        assertThat(app("New", List.of(), List.of()).groupClaims()).isEqualTo(AppRegistration.GroupClaims.None);
    }

    @Test
    void aClientIdIsRegisteredOnce() {
        AppRegistration first = app("First", List.of(), List.of());
        ports.appRegistrations().add(first);
        AppRegistration clash =
                new AppRegistration(first.clientId(), contoso, objectId(), "Clash", List.of(), List.of());

        assertThatThrownBy(() -> ports.appRegistrations().add(clash)).isInstanceOf(RuntimeException.class);

        assertThat(ports.appRegistrations().byClientId(first.clientId())).contains(first);
    }

    @Test
    void anApplicationObjectKeepsItsObjectIdOwnersAndNoServicePrincipal() {
        AppRegistration graphMade = new AppRegistration(
                uuid(), contoso, null, "Graph made", List.of(), List.of(), objectId(), List.of(objectId(), objectId()));
        ports.appRegistrations().add(graphMade);

        assertThat(ports.appRegistrations().byClientId(graphMade.clientId())).contains(graphMade);
        assertThat(ports.appRegistrations().byObjectId(contoso, graphMade.objectId()))
                .contains(graphMade);
        assertThat(ports.appRegistrations().byObjectId(directoryId(), graphMade.objectId()))
                .isEmpty();

        AppRegistration withSp = graphMade
                .withServicePrincipal(objectId())
                .withOwners(List.of(graphMade.owners().get(1)));
        ports.appRegistrations().update(withSp);

        assertThat(ports.appRegistrations().byServicePrincipal(contoso, withSp.servicePrincipal()))
                .contains(withSp);
        assertThat(ports.appRegistrations()
                        .byClientId(graphMade.clientId())
                        .orElseThrow()
                        .owners())
                .containsExactly(graphMade.owners().get(1));
    }

    @Test
    void removeDeletesTheAppWithItsSecretsRolesAndOwners() {
        AppRegistration gone = app("Gone", List.of(secret("gon", 30)), List.of("User.Read.All"))
                .withOwners(List.of(objectId()));
        AppRegistration kept = app("Kept", List.of(secret("kep", 30)), List.of());
        ports.appRegistrations().add(gone);
        ports.appRegistrations().add(kept);

        ports.appRegistrations().remove(gone.clientId());
        ports.appRegistrations().remove(uuid());

        assertThat(ports.appRegistrations().byClientId(gone.clientId())).isEmpty();
        assertThat(ports.appRegistrations().inDirectory(contoso)).containsExactly(kept);
        // the same client id can be registered again: nothing of the old one is left behind
        ports.appRegistrations().add(gone);
        assertThat(ports.appRegistrations().byClientId(gone.clientId())).contains(gone);
    }

    @Test
    void theVersionMovesWithEveryUpdateAndDiffersForAnAppRegisteredAgain() {
        AppRegistration app = app("Versioned", List.of(secret("ver", 30)), List.of());
        ports.appRegistrations().add(app);
        long first = ports.appRegistrations().version(app.clientId()).orElseThrow();

        ports.appRegistrations().update(app.withSecrets(List.of()));
        long second = ports.appRegistrations().version(app.clientId()).orElseThrow();
        assertThat(second).isNotEqualTo(first);

        ports.appRegistrations().remove(app.clientId());
        assertThat(ports.appRegistrations().version(app.clientId())).isEmpty();
        ports.appRegistrations().add(app);
        assertThat(ports.appRegistrations().version(app.clientId()).orElseThrow())
                .isNotIn(first, second);
        assertThat(ports.appRegistrations().version(uuid())).isEmpty();
    }

    @Test
    void appsAreReadPageByPageByNameWhateverItsCaseAndFilteredInTheStore() {
        AppRegistration beta = app("beta", List.of(secret("bet", 30)), List.of());
        AppRegistration alpha = app("Alpha", List.of(), List.of("User.Read.All"));
        AppRegistration gamma = app("Gamma", List.of(), List.of()).withOwners(List.of(objectId()));
        AppRegistration noSp =
                new AppRegistration(uuid(), contoso, null, "ALPHA", List.of(), List.of(), objectId(), List.of());
        AppRegistration elsewhere =
                new AppRegistration(uuid(), directoryId(), objectId(), "Alpha", List.of(), List.of());
        for (AppRegistration a : List.of(beta, alpha, gamma, noSp, elsewhere))
            ports.appRegistrations().add(a);
        var apps = ports.appRegistrations();
        var sps = AppFilter.SERVICE_PRINCIPALS;

        List<AppRegistration> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2)
            paged.addAll(apps.page(contoso, AppFilter.APPLICATIONS, offset, 2));
        List<AppRegistration> alphas = List.of(alpha, noSp).stream()
                .sorted(java.util.Comparator.comparing(a -> a.clientId().toString()))
                .toList();
        assertThat(paged).containsExactly(alphas.get(0), alphas.get(1), beta, gamma);
        assertThat(apps.count(contoso, AppFilter.APPLICATIONS)).isEqualTo(4);
        assertThat(apps.page(contoso, sps, 0, 10)).containsExactly(alpha, beta, gamma);
        assertThat(apps.page(contoso, sps, 1, 1)).containsExactly(beta);
        assertThat(apps.count(contoso, sps)).isEqualTo(3);
        assertThat(apps.page(contoso, AppFilter.APPLICATIONS.where(AppFilter.Property.displayName, "alpha"), 0, 10))
                .containsExactlyElementsOf(alphas);
        assertThat(apps.page(contoso, sps.where(AppFilter.Property.displayName, "alpha"), 0, 10))
                .containsExactly(alpha);
        var byAppId = AppFilter.APPLICATIONS.where(
                AppFilter.Property.appId, gamma.clientId().toString().toUpperCase(java.util.Locale.ROOT));
        assertThat(apps.page(contoso, byAppId, 0, 10)).containsExactly(gamma);
        assertThat(apps.count(contoso, byAppId)).isEqualTo(1);
        assertThat(apps.count(contoso, AppFilter.APPLICATIONS.where(AppFilter.Property.appId, "not-a-guid")))
                .isZero();
        assertThat(apps.page(directoryId(), AppFilter.APPLICATIONS, 0, 10)).isEmpty();
    }
}
