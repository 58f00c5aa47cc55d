package dev.cerulean.core.resource;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.fixtures.Worlds.VM_WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.resource.PutResource.IdentityRequest;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.token.TokenHash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** User- and system-assigned managed identities: PUT, GET, DELETE, and whom they get roles and tokens as. */
class ManagedIdentitiesTest {
    static final ResourceId ID_WEB = ResourceId.of(SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web");
    static final RoleAssignmentId READER_OF_ID = RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000e1");

    final Worlds.KelleyWall world = Worlds.kelleyWall();
    final Ports p = world.ports();
    final UseCases uses = Worlds.useCases(p);
    final ResourceUseCases resources = uses.resource();
    final ManagedIdentityTokens tokens = resources.managedIdentityTokens();
    final Caller kelley = world.kelleyMsaInDefault();

    /** What a refusal must leave untouched. */
    record Snapshot(Subscription subscription, List<Resource> resources, int assignments, int activity) {}

    Snapshot snapshot() {
        return new Snapshot(
                world.subscription(),
                p.resources().of(SUBSCRIPTION),
                p.roleAssignments().countOf(SUBSCRIPTION),
                p.activityLog().ofSubscription(SUBSCRIPTION).size());
    }

    Outcome<PutResource.Result> put(Caller caller, ResourceId id, String location, IdentityRequest identity) {
        return resources.putResource().put(caller, new PutResource.Request(id, location, Map.of(), identity));
    }

    Resource identityResource() {
        return put(kelley, ID_WEB, "westeurope", IdentityRequest.UNCHANGED)
                .orThrow()
                .resource();
    }

    void assignReader(Resource r) {
        uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                READER_OF_ID,
                                Scope.subscription(SUBSCRIPTION),
                                BuiltInRoles.READER.id(),
                                r.identity().principalId()))
                .orThrow();
    }

    static ManagedIdentityTokens.Selector byClient(Resource r) {
        return new ManagedIdentityTokens.Selector(r.identity().clientId(), null, null);
    }

    @Test
    void aUserAssignedIdentityIsAServicePrincipalOfTheSubscriptionsDirectoryAndItsPutIsIdempotent() {
        long version = world.subscription().version();
        var request = new PutResource.Request(ID_WEB, "West Europe", Map.of("env", "prod"), IdentityRequest.UNCHANGED);
        PutResource.Result first = resources.putResource().put(kelley, request).orThrow();

        Resource r = first.resource();
        assertThat(first.created()).isTrue();
        assertThat(r.location()).isEqualTo("westeurope");
        assertThat(r.tags()).isEqualTo(Map.of("env", "prod"));
        assertThat(r.identity().tenantId()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(r.identity().enabled()).isTrue();
        assertThat(r.identity().clientId())
                .isNotEqualTo(r.identity().principalId().value());
        assertThat(world.subscription().version()).isEqualTo(version + 1);

        PutResource.Result again = resources.putResource().put(kelley, request).orThrow();
        assertThat(again.created()).isFalse();
        assertThat(again.resource()).isEqualTo(r);
        assertThat(world.subscription().version()).isEqualTo(version + 1);
        assertThat(resources.resources().get(kelley, ID_WEB).orThrow()).isEqualTo(r);
    }

    @Test
    void LocationRequired_aPutWithoutLocationIsRefusedAndChangesNothing() {
        Snapshot before = snapshot();

        assertThat(put(kelley, ID_WEB, " ", IdentityRequest.UNCHANGED).code()).isEqualTo(RuleCode.LocationRequired);
        assertThat(put(kelley, ID_WEB, null, IdentityRequest.UNCHANGED).code()).isEqualTo(RuleCode.LocationRequired);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anExistingIdentityKeepsItsLocation() {
        identityResource();
        Snapshot before = snapshot();

        assertThat(put(kelley, ID_WEB, "northeurope", IdentityRequest.UNCHANGED).code())
                .isEqualTo(RuleCode.InvalidLocation);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void InvalidIdentityType_aKeyVaultOrAUserAssignedIdentityAsksNoSystemAssignedIdentity() {
        Snapshot before = snapshot();

        assertThat(put(kelley, ID_WEB, "westeurope", IdentityRequest.SYSTEM_ASSIGNED)
                        .code())
                .isEqualTo(RuleCode.InvalidIdentityType);
        assertThat(put(kelley, Worlds.KV_WEB, "westeurope", IdentityRequest.SYSTEM_ASSIGNED)
                        .code())
                .isEqualTo(RuleCode.InvalidIdentityType);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aReaderMayNotCreateAnIdentity() {
        Snapshot before = snapshot();

        assertThat(put(world.samReader(), ID_WEB, "westeurope", IdentityRequest.UNCHANGED)
                        .code())
                .isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aResourceAskingForASystemAssignedIdentityGetsOneAndKeepsIt() {
        ResourceId app = ResourceId.of(SUBSCRIPTION, "rg-web", "Microsoft.Web/sites", "app-web");
        Resource created = put(kelley, app, "westeurope", IdentityRequest.SYSTEM_ASSIGNED)
                .orThrow()
                .resource();

        assertThat(created.hasSystemAssignedIdentity()).isTrue();
        assertThat(created.identity().tenantId()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(put(kelley, app, "westeurope", IdentityRequest.SYSTEM_ASSIGNED)
                        .orThrow()
                        .resource())
                .isEqualTo(created);
        assertThat(put(kelley, app, "westeurope", IdentityRequest.UNCHANGED)
                        .orThrow()
                        .resource())
                .isEqualTo(created);
    }

    @Test
    void switchingASystemAssignedIdentityOffRemovesItsRoleAssignments() {
        Resource vm = p.resources().byId(VM_WEB).orElseThrow();
        assignReader(vm);

        Resource after = put(kelley, VM_WEB, vm.location(), IdentityRequest.NONE)
                .orThrow()
                .resource();

        assertThat(after.identity()).isNull();
        assertThat(p.roleAssignments().byId(READER_OF_ID)).isEmpty();
        assertThat(p.activityLog().ofSubscription(SUBSCRIPTION))
                .anyMatch(e -> e.operation().equals("Microsoft.Authorization/roleAssignments/delete")
                        && e.target().endsWith(READER_OF_ID.toString()));
    }

    @Test
    void deletingAnIdentityDeletesItsRoleAssignmentsEverywhereInOneChange() {
        Resource r = identityResource();
        assignReader(r);
        long version = world.subscription().version();

        DeleteResource.Result result =
                resources.deleteResource().delete(kelley, ID_WEB).orThrow();

        assertThat(result.deleted()).contains(r);
        assertThat(result.removedAssignments()).extracting(a -> a.id()).containsExactly(READER_OF_ID);
        assertThat(p.resources().byId(ID_WEB)).isEmpty();
        assertThat(p.roleAssignments().byId(READER_OF_ID)).isEmpty();
        assertThat(world.subscription().version()).as("one change, one version").isEqualTo(version + 1);
        assertThat(resources.resources().get(kelley, ID_WEB).code()).isEqualTo(RuleCode.ResourceNotFound);
        // deleting what is not there is no error (ARM's 204)
        assertThat(resources.deleteResource().delete(kelley, ID_WEB).orThrow().deleted())
                .isEmpty();
    }

    @Test
    void deletingTheResourceGroupTakesItsIdentitiesRolesElsewhereToo() {
        Resource r = identityResource();
        assignReader(r);

        resources.deleteResourceGroup().delete(kelley, SUBSCRIPTION, "rg-web").orThrow();

        assertThat(p.roleAssignments().byId(READER_OF_ID)).isEmpty();
    }

    @Test
    void aReaderMayNotDeleteAnIdentity() {
        identityResource();
        Snapshot before = snapshot();

        assertThat(resources.deleteResource().delete(world.samReader(), ID_WEB).code())
                .isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theTokenEndpointServesTheGrantedIdentitiesByDefaultClientIdPrincipalIdOrResourceId() {
        Resource r = identityResource();
        Resource vm = p.resources().byId(VM_WEB).orElseThrow();
        String secret = tokens.grant(kelley, List.of(ID_WEB, VM_WEB)).orThrow();

        assertThat(secret).isEqualTo(Worlds.FIXED_SECRET);
        assertThat(p.identityEndpointGrants()
                        .bySecretHash(TokenHash.of(secret))
                        .orElseThrow()
                        .principals())
                .containsExactly(r.identity().principalId(), vm.identity().principalId());
        assertThat(tokens.resolve(secret, ManagedIdentityTokens.Selector.DEFAULT)
                        .orThrow()
                        .resource())
                .isEqualTo(r);
        assertThat(tokens.resolve(secret, byClient(vm)).orThrow().resource()).isEqualTo(vm);
        var byPrincipal = new ManagedIdentityTokens.Selector(null, vm.identity().principalId(), null);
        assertThat(tokens.resolve(secret, byPrincipal).orThrow().resource()).isEqualTo(vm);
        ResourceId upper = ResourceId.parse(ID_WEB.toString().toUpperCase()).orElseThrow();
        var byResource = new ManagedIdentityTokens.Selector(null, null, upper);
        assertThat(tokens.resolve(secret, byResource).orThrow().resource()).isEqualTo(r);
    }

    @Test
    void ManagedIdentityNotFound_anIdentityTheSecretDoesNotGrantOrThatIsGone() {
        identityResource();
        String secret = tokens.grant(kelley, List.of(ID_WEB)).orThrow();
        Resource vm = p.resources().byId(VM_WEB).orElseThrow();

        assertThat(tokens.resolve(secret, byClient(vm)).code()).isEqualTo(RuleCode.ManagedIdentityNotFound);
        resources.deleteResource().delete(kelley, ID_WEB).orThrow();
        assertThat(tokens.resolve(secret, ManagedIdentityTokens.Selector.DEFAULT)
                        .code())
                .isEqualTo(RuleCode.ManagedIdentityNotFound);
        // a resource without an identity cannot be granted
        assertThat(tokens.grant(kelley, List.of(Worlds.KV_WEB)).code()).isEqualTo(RuleCode.ManagedIdentityNotFound);
    }

    @Test
    void IdentityEndpointSecretInvalid_noOrAnUnknownSecretGetsNothing() {
        identityResource();
        tokens.grant(kelley, List.of(ID_WEB)).orThrow();

        assertThat(tokens.resolve("not-the-secret", ManagedIdentityTokens.Selector.DEFAULT)
                        .code())
                .isEqualTo(RuleCode.IdentityEndpointSecretInvalid);
        assertThat(tokens.resolve(null, ManagedIdentityTokens.Selector.DEFAULT).code())
                .isEqualTo(RuleCode.IdentityEndpointSecretInvalid);
    }

    @Test
    void ManagedIdentityUnavailable_afterADirectoryChangeNoTokensUntilReCreatedOrReEnabled() {
        identityResource();
        String secret = tokens.grant(kelley, List.of(ID_WEB, VM_WEB)).orThrow();
        // what a directory change does to the subscription and to its system-assigned identities
        Subscription s = world.subscription();
        boolean moved = p.subscriptions()
                .update(new Subscription(
                        s.id(),
                        s.displayName(),
                        s.offer(),
                        s.state(),
                        CONTOSO,
                        s.accountAdministrator(),
                        s.serviceAdministrator(),
                        s.serviceAdministratorLostAccess(),
                        s.version()));
        assertThat(moved).isTrue();
        Resource vm = p.resources().byId(VM_WEB).orElseThrow();
        p.resources().update(vm.withIdentity(vm.identity().enabled(false)));

        assertThat(tokens.resolve(secret, ManagedIdentityTokens.Selector.DEFAULT)
                        .code())
                .isEqualTo(RuleCode.ManagedIdentityUnavailable);
        var vmSelector = new ManagedIdentityTokens.Selector(null, null, VM_WEB);
        assertThat(tokens.resolve(secret, vmSelector).code()).isEqualTo(RuleCode.ManagedIdentityUnavailable);
    }

    @Test
    void reEnablingADisabledSystemAssignedIdentityMakesANewServicePrincipal() {
        Resource vm = p.resources().byId(VM_WEB).orElseThrow();
        p.resources().update(vm.withIdentity(vm.identity().enabled(false)));

        Resource after = put(kelley, VM_WEB, vm.location(), IdentityRequest.SYSTEM_ASSIGNED)
                .orThrow()
                .resource();

        assertThat(after.identity().enabled()).isTrue();
        assertThat(after.identity().principalId()).isNotEqualTo(vm.identity().principalId());
    }

    @Test
    void grantingAUserAssignedIdentityNeedsItsAssignAction() {
        identityResource();

        assertThat(tokens.grant(world.samReader(), List.of(ID_WEB)).code()).isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(p.identityEndpointGrants().bySecretHash(TokenHash.of(Worlds.FIXED_SECRET)))
                .isEmpty();
    }
}
