package dev.cerulean.core.resource;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.fixtures.Worlds.VM_WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.resource.PutResource.IdentityRequest;
import dev.cerulean.core.subscription.Resource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** User-assigned identities attached to a resource ({@code identity.userAssignedIdentities}). */
class UserAssignedAttachmentsTest {
    static final ResourceId ID_WEB = ResourceId.of(SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web");
    static final ResourceId ID_JOBS = ResourceId.of(SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-jobs");

    final Worlds.KelleyWall world = Worlds.kelleyWall();
    final Ports p = world.ports();
    final UseCases uses = Worlds.useCases(p);
    final ResourceUseCases resources = uses.resource();
    final Caller kelley = world.kelleyMsaInDefault();

    Outcome<PutResource.Result> put(Caller caller, IdentityRequest type, List<ResourceId> attached) {
        return resources
                .putResource()
                .put(caller, new PutResource.Request(VM_WEB, "westeurope", Map.of(), type, type.name(), attached));
    }

    Resource vm(IdentityRequest type, List<ResourceId> attached) {
        return put(kelley, type, attached).orThrow().resource();
    }

    Resource identity(ResourceId id) {
        return resources
                .putResource()
                .put(kelley, new PutResource.Request(id, "westeurope", Map.of(), IdentityRequest.UNCHANGED))
                .orThrow()
                .resource();
    }

    void grant(Caller by, Scope scope, ObjectId principal, dev.cerulean.core.access.RoleDefinition role) {
        uses.access()
                .createRoleAssignment()
                .create(
                        by,
                        new CreateRoleAssignment.Request(
                                RoleAssignmentId.of(UUID.randomUUID().toString()), scope, role.id(), principal))
                .orThrow();
    }

    /** What a refusal must leave as it was. */
    record Snapshot(List<Resource> resources, long version) {}

    Snapshot snapshot() {
        return new Snapshot(p.resources().of(SUBSCRIPTION), world.subscription().version());
    }

    @Test
    void aResourceCarriesUserAssignedIdentitiesBesideOrInsteadOfItsSystemAssignedOne() {
        identity(ID_WEB);
        identity(ID_JOBS);

        Resource userOnly = vm(IdentityRequest.USER_ASSIGNED, List.of(ID_WEB));
        assertThat(userOnly.identity()).isNull();
        assertThat(userOnly.userAssignedIdentities()).containsExactly(ID_WEB);

        Resource both = vm(IdentityRequest.SYSTEM_AND_USER_ASSIGNED, List.of(ID_JOBS, ID_WEB));
        assertThat(both.identity()).isNotNull();
        assertThat(both.userAssignedIdentities()).containsExactly(ID_JOBS, ID_WEB);

        assertThat(vm(IdentityRequest.UNCHANGED, List.of()))
                .as("a PUT without identity keeps it")
                .isEqualTo(both);

        Resource systemOnly = vm(IdentityRequest.SYSTEM_ASSIGNED, List.of());
        assertThat(systemOnly.identity()).isEqualTo(both.identity());
        assertThat(systemOnly.userAssignedIdentities()).isEmpty();

        assertThat(vm(IdentityRequest.NONE, List.of()).identity()).isNull();
    }

    @Test
    void detachingAnIdentityLeavesItAndItsRoleAssignmentsAlone() {
        Resource web = identity(ID_WEB);
        grant(kelley, Scope.subscription(SUBSCRIPTION), web.identity().principalId(), BuiltInRoles.READER);
        vm(IdentityRequest.USER_ASSIGNED, List.of(ID_WEB));
        int assignments = p.roleAssignments().countOf(SUBSCRIPTION);

        vm(IdentityRequest.NONE, List.of());

        assertThat(p.resources().byId(ID_WEB)).contains(web);
        assertThat(p.roleAssignments().countOf(SUBSCRIPTION)).isEqualTo(assignments);
    }

    @Test
    void InvalidUserAssignedIdentities_theTypeAndTheIdentitiesMustAgree() {
        identity(ID_WEB);
        Snapshot before = snapshot();

        assertThat(put(kelley, IdentityRequest.USER_ASSIGNED, List.of()).code())
                .isEqualTo(RuleCode.InvalidUserAssignedIdentities);
        assertThat(put(kelley, IdentityRequest.SYSTEM_ASSIGNED, List.of(ID_WEB)).code())
                .isEqualTo(RuleCode.InvalidUserAssignedIdentities);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void UserAssignedIdentityNotFound_missingNotAnIdentityOrOfAnotherDirectory() {
        ResourceId elsewhere = ResourceId.of(SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-contoso");
        p.transactions().inTransaction(() -> {
            p.resources()
                    .add(new Resource(
                            elsewhere,
                            "westeurope",
                            null,
                            new Resource.ManagedIdentity(new ObjectId(UUID.randomUUID()), CONTOSO, true)));
            return null;
        });
        Snapshot before = snapshot();

        assertThat(put(kelley, IdentityRequest.USER_ASSIGNED, List.of(ID_WEB)).code())
                .isEqualTo(RuleCode.UserAssignedIdentityNotFound);
        assertThat(put(kelley, IdentityRequest.USER_ASSIGNED, List.of(Worlds.KV_WEB))
                        .code())
                .isEqualTo(RuleCode.UserAssignedIdentityNotFound);
        assertThat(put(kelley, IdentityRequest.USER_ASSIGNED, List.of(elsewhere))
                        .code())
                .isEqualTo(RuleCode.UserAssignedIdentityNotFound);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void LinkedAuthorizationFailed_writingTheResourceIsNotAssigningTheIdentity() {
        identity(ID_WEB);
        Caller sam = world.samReader();
        grant(kelley, Scope.of(VM_WEB), sam.principal(), BuiltInRoles.CONTRIBUTOR);

        assertThat(put(sam, IdentityRequest.SYSTEM_ASSIGNED, List.of()).isOk())
                .as("Contributor on the machine writes it")
                .isTrue();
        Snapshot afterWrite = snapshot();
        assertThat(put(sam, IdentityRequest.SYSTEM_AND_USER_ASSIGNED, List.of(ID_WEB))
                        .code())
                .isEqualTo(RuleCode.LinkedAuthorizationFailed);
        assertThat(snapshot()).isEqualTo(afterWrite);
    }

    @Test
    void theEndpointGrantOfAResourceServesItsAttachedIdentitiesToo() {
        Resource web = identity(ID_WEB);
        Resource machine = vm(IdentityRequest.SYSTEM_AND_USER_ASSIGNED, List.of(ID_WEB));
        ManagedIdentityTokens tokens = resources.managedIdentityTokens();

        String secret = tokens.grant(kelley, List.of(VM_WEB)).orThrow();

        assertThat(tokens.resolve(secret, ManagedIdentityTokens.Selector.DEFAULT)
                        .orThrow()
                        .identity())
                .isEqualTo(machine.identity());
        assertThat(tokens.resolve(
                                secret,
                                new ManagedIdentityTokens.Selector(
                                        web.identity().clientId(), null, null))
                        .orThrow()
                        .resource()
                        .id())
                .isEqualTo(ID_WEB);
    }
}
