package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.fixtures.Worlds.VM_WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.resource.ManagedIdentityTokens;
import dev.cerulean.core.resource.PutResource;
import dev.cerulean.core.subscription.FollowUpItem.Kind;
import dev.cerulean.core.subscription.Resource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R14 for managed identities, through the real directory change: the preview lists them as
 * follow-ups and their role assignments among those deleted; after the move the user-assigned one
 * must be re-created and the system-assigned one re-enabled before either gets a role or a token.
 */
class ManagedIdentitiesMoveTest extends LinkedWorldTest {
    static final ResourceId ID_WEB = ResourceId.of(SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web");
    static final RoleAssignmentId READER_OF_ID = RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000e1");

    final UseCases uses = Worlds.useCases(p);

    @Test
    void R14_identitiesAreFollowUpsTheirRolesGoAndTheyServeNoTokensUntilReCreatedOrReEnabled() {
        Resource identity = uses.resource()
                .putResource()
                .put(
                        kelley,
                        new PutResource.Request(ID_WEB, "westeurope", Map.of(), PutResource.IdentityRequest.UNCHANGED))
                .orThrow()
                .resource();
        uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                READER_OF_ID,
                                Scope.subscription(SUBSCRIPTION),
                                BuiltInRoles.READER.id(),
                                identity.identity().principalId()))
                .orThrow();
        String secret = uses.resource()
                .managedIdentityTokens()
                .grant(kelley, List.of(ID_WEB, VM_WEB))
                .orThrow();

        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);
        assertThat(preview.followUps(Kind.UserAssignedIdentity))
                .containsExactly(
                        new DirectoryChangePreview.PlannedFollowUp(Kind.UserAssignedIdentity, ID_WEB.toString()));
        assertThat(preview.followUps(Kind.SystemAssignedIdentity))
                .containsExactly(
                        new DirectoryChangePreview.PlannedFollowUp(Kind.SystemAssignedIdentity, VM_WEB.toString()));
        assertThat(preview.roleAssignmentsToDelete()).extracting(a -> a.id()).contains(READER_OF_ID);

        w.changeDirectory().apply(kelley, preview).orThrow();

        assertThat(p.roleAssignments().byId(READER_OF_ID)).isEmpty();
        var tokens = uses.resource().managedIdentityTokens();
        assertThat(tokens.resolve(secret, ManagedIdentityTokens.Selector.DEFAULT)
                        .code())
                .isEqualTo(RuleCode.ManagedIdentityUnavailable);
        var vm = new ManagedIdentityTokens.Selector(null, null, VM_WEB);
        assertThat(tokens.resolve(secret, vm).code()).isEqualTo(RuleCode.ManagedIdentityUnavailable);

        // re-enabled in the new directory (as a new service principal), the machine's identity is served again
        // Kelley's Microsoft account, still service administrator, now acts through Contoso
        var inContoso = p.directoryUsers().ofPerson(kelley.identity()).stream()
                .filter(u -> u.directory().equals(CONTOSO))
                .findFirst()
                .orElseThrow();
        var kelleyInContoso =
                new dev.cerulean.core.account.Caller(kelley.identity(), CONTOSO, inContoso.id(), kelley.email());
        Resource reEnabled = uses.resource()
                .putResource()
                .put(
                        kelleyInContoso,
                        new PutResource.Request(
                                VM_WEB, "westeurope", Map.of(), PutResource.IdentityRequest.SYSTEM_ASSIGNED))
                .orThrow()
                .resource();
        assertThat(reEnabled.identity().tenantId()).isEqualTo(CONTOSO);
        // a second grant needs a secret of its own: these use cases' secrets are random
        String again = UseCases.of(p)
                .resource()
                .managedIdentityTokens()
                .grant(kelleyInContoso, List.of(VM_WEB))
                .orThrow();
        assertThat(tokens.resolve(again, ManagedIdentityTokens.Selector.DEFAULT)
                        .orThrow()
                        .identity())
                .isEqualTo(reEnabled.identity());
    }
}
