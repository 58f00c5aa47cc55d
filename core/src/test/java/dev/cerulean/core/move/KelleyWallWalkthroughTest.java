package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.AUTOMATION_ASSIGNMENT;
import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KELLEY_MSA;
import static dev.cerulean.core.fixtures.Worlds.KV_WEB;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER_ASSIGNMENT;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.fixtures.Worlds.VM_WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.subscription.FollowUpItem.Kind;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Subscription;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's own example, steps 1 and 2, on the demo world (acceptance scenario). */
class KelleyWallWalkthroughTest {
    private final MoveWorld w = MoveWorld.kelleyWall();
    private final Ports p = w.ports();
    private final Caller kelley = w.world().kelleyMsaInDefault();

    @Test
    void R4_R12_R13_R14_R34_linkContosoThenMoveTheSubscriptionToIt() {
        // step 1: Use existing directory, confirmed by Contoso's Global Administrator
        assertThat(p.directoryUsers().ofPerson(kelley.identity()))
                .extracting(DirectoryUser::directory)
                .containsExactly(DEFAULT_DIRECTORY);
        DirectoryLinkRequest request = w.requestLink().request(kelley, true).orThrow();
        DirectoryUser kelleyInContoso = w.confirmLink()
                .confirm(w.world().contosoGlobalAdministrator(), request.id())
                .orThrow();
        assertThat(p.directoryUsers().ofPerson(new Identity.Personal(KELLEY_MSA)))
                .extracting(DirectoryUser::directory)
                .containsExactlyInAnyOrder(DEFAULT_DIRECTORY, CONTOSO);
        assertThat(p.directoryRoles().rolesOf(CONTOSO, kelleyInContoso.id()))
                .contains(DirectoryRole.GlobalAdministrator);

        // step 2.2–2.4: EDIT DIRECTORY, pick Contoso, review
        Subscription before = w.subscription();
        List<Resource> resourcesBefore = p.resources().of(SUBSCRIPTION);
        DirectoryChangePreview preview = w.previewChange()
                .preview(kelley, SUBSCRIPTION, CONTOSO, DirectoryChangeMode.CLASSIC)
                .orThrow();

        assertThat(preview.fromDirectory()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(preview.toDirectory()).isEqualTo(CONTOSO);
        assertThat(preview.coAdministratorsToRemove())
                .extracting(c -> c.administrator().email().value())
                .containsExactly("alex.ops@outlook.com");
        assertThat(preview.roleAssignmentsByResourceGroup()).containsOnlyKeys("rg-web");
        List<RoleAssignment> inRgWeb = preview.roleAssignmentsByResourceGroup().get("rg-web");
        assertThat(inRgWeb).extracting(RoleAssignment::id).containsExactly(SAM_READER_ASSIGNMENT);
        assertThat(inRgWeb.get(0).roleDefinition()).isEqualTo(BuiltInRoles.READER.id());
        assertThat(preview.roleAssignmentsToDelete())
                .extracting(RoleAssignment::id)
                .containsExactlyInAnyOrder(SAM_READER_ASSIGNMENT, AUTOMATION_ASSIGNMENT);
        assertThat(preview.followUps(Kind.KeyVaultTenant))
                .extracting(f -> f.target())
                .containsExactly(KV_WEB.toString());
        assertThat(preview.followUps(Kind.SystemAssignedIdentity))
                .extracting(f -> f.target())
                .containsExactly(VM_WEB.toString());
        assertThat(preview.serviceAdministratorLosesAccess()).isFalse();

        // step 2.5: Complete
        DirectoryChangeResult result =
                w.changeDirectory().apply(kelley, preview).orThrow();

        Subscription after = w.subscription();
        assertThat(result.newDirectory()).isEqualTo(CONTOSO);
        assertThat(after.directory()).isEqualTo(CONTOSO);
        assertThat(after.serviceAdministrator()).isEqualTo(before.serviceAdministrator());
        assertThat(after.serviceAdministrator().who()).isEqualTo(new Identity.Personal(KELLEY_MSA));
        assertThat(after.accountAdministrator()).isEqualTo(before.accountAdministrator());
        assertThat(after.serviceAdministratorLostAccess()).isFalse();
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.roleAssignments().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.resources().of(SUBSCRIPTION))
                .extracting(Resource::id)
                .containsExactlyInAnyOrderElementsOf(
                        resourcesBefore.stream().map(Resource::id).toList());
        assertThat(p.resources().byId(KV_WEB).orElseThrow().tenantId()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(p.resources().byId(VM_WEB).orElseThrow().identity().enabled())
                .isFalse();
        assertThat(p.followUpItems().of(SUBSCRIPTION))
                .extracting(i -> i.kind())
                .containsExactlyInAnyOrder(Kind.KeyVaultTenant, Kind.SystemAssignedIdentity);
        var moved = p.activityLog().ofSubscription(SUBSCRIPTION).stream()
                .filter(e -> e.operation().equals("Microsoft.Subscription/updateTenant/action"))
                .toList();
        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).message())
                .isEqualTo(
                        "moved from tenant aaaaaaaa-0000-4000-8000-000000000001 to tenant cccccccc-0000-4000-8000-000000000002");
    }
}
