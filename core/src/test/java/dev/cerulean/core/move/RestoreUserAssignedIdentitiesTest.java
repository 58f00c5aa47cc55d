package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.fixtures.Worlds.VM_WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.RestoreReport.Item;
import dev.cerulean.core.move.RestoreReport.Kind;
import dev.cerulean.core.move.RestoreReport.Status;
import dev.cerulean.core.resource.ManagedIdentityTokens;
import dev.cerulean.core.resource.PutResource;
import dev.cerulean.core.subscription.Resource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Azure's fix for a user-assigned identity after a directory change, done by restore when the
 * mapping says {@code recreate}: the identity made again under its resource id as a service
 * principal of the new directory, attached again to the machine that carried it, its role
 * assignment restored for the new principal.
 */
class RestoreUserAssignedIdentitiesTest extends RehearsalTest {
    static final ResourceId ID_WEB = ResourceId.of(SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web");
    static final RoleAssignmentId ID_ASSIGNMENT = RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000c4");

    private final RestoreAfterDirectoryChange restore = uses.move().restoreAfterDirectoryChange();
    private ObjectId oldPrincipal;

    /** The rehearsal's plan, with id-web holding Reader and attached to the machine. */
    private MovePlan plannedWithIdentity() {
        var put = uses.resource().putResource();
        oldPrincipal = put.put(
                        kelley,
                        new PutResource.Request(ID_WEB, "westeurope", Map.of(), PutResource.IdentityRequest.UNCHANGED))
                .orThrow()
                .resource()
                .identity()
                .principalId();
        put.put(
                        kelley,
                        new PutResource.Request(
                                VM_WEB,
                                "westeurope",
                                Map.of(),
                                PutResource.IdentityRequest.SYSTEM_AND_USER_ASSIGNED,
                                "SystemAssigned, UserAssigned",
                                List.of(ID_WEB)))
                .orThrow();
        uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                ID_ASSIGNMENT,
                                Scope.subscription(SUBSCRIPTION),
                                BuiltInRoles.READER.id(),
                                oldPrincipal))
                .orThrow();
        return planned();
    }

    private MoveMapping recreating() {
        MoveMapping m = mapping();
        return new MoveMapping(m.targets(), m.reenable(), Set.of(oldPrincipal), Map.of());
    }

    private static Item item(RestoreReport report, Kind kind, String target) {
        return report.items().stream()
                .filter(i -> i.kind() == kind && i.target().endsWith(target))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theIdentityIsMadeAgainInTheNewDirectoryWithItsRoleAndServesTokens_aSecondRunChangesNothing() {
        MovePlan plan = plannedWithIdentity();
        assertThat(plan.managedIdentities())
                .filteredOn(i -> !i.systemAssigned())
                .singleElement()
                .satisfies(i -> assertThat(i.attachedTo()).containsExactly(VM_WEB));
        move();

        RestoreReport report =
                restore.restore(kelleyInContoso(), plan, recreating(), false).orThrow();

        Resource uai = p.resources().byId(ID_WEB).orElseThrow();
        assertThat(uai.identity().tenantId()).isEqualTo(CONTOSO);
        assertThat(uai.identity().enabled()).isTrue();
        assertThat(uai.identity().principalId()).isNotEqualTo(oldPrincipal);
        Item identity = item(report, Kind.USER_ASSIGNED_IDENTITY, ID_WEB.toString());
        assertThat(identity.status()).isEqualTo(Status.RESTORED);
        assertThat(identity.restoredAs()).isEqualTo(uai.identity().principalId());
        // the machine still names it: nothing to attach
        assertThat(item(report, Kind.IDENTITY_ATTACHMENT, VM_WEB.toString()).status())
                .isEqualTo(Status.ALREADY_PRESENT);
        assertThat(p.roleAssignments().byId(ID_ASSIGNMENT)).hasValueSatisfying(a -> {
            assertThat(a.principalId()).isEqualTo(uai.identity().principalId());
            assertThat(a.directory()).isEqualTo(CONTOSO);
        });
        assertThat(p.activityLog().ofSubscription(SUBSCRIPTION))
                .anySatisfy(e -> assertThat(e.message()).startsWith("re-created user-assigned identity id-web"));
        String secret = uses.resource()
                .managedIdentityTokens()
                .grant(kelleyInContoso(), List.of(ID_WEB))
                .orThrow();
        assertThat(uses.resource()
                        .managedIdentityTokens()
                        .resolve(secret, ManagedIdentityTokens.Selector.DEFAULT)
                        .orThrow()
                        .identity())
                .isEqualTo(uai.identity());

        WorldSnapshot after = WorldSnapshot.of(p);
        RestoreReport again =
                restore.restore(kelleyInContoso(), plan, recreating(), false).orThrow();
        assertThat(item(again, Kind.USER_ASSIGNED_IDENTITY, ID_WEB.toString()).status())
                .isEqualTo(Status.ALREADY_PRESENT);
        assertThat(again.changedNothing()).isTrue();
        assertThat(WorldSnapshot.of(p)).isEqualTo(after);
    }

    @Test
    void theDiffCountsTheReCreatedIdentitysRoleAsHeldAgainThroughItsNewPrincipal() {
        MovePlan plan = plannedWithIdentity();
        move();
        var compare = uses.move().compareAccess();
        assertThat(compare.compare(kelleyInContoso(), plan, recreating())
                        .orThrow()
                        .differences())
                .anySatisfy(d -> assertThat(d.principal().id()).isEqualTo(oldPrincipal));

        restore.restore(kelleyInContoso(), plan, recreating(), false).orThrow();

        AccessDiff diff = compare.compare(kelleyInContoso(), plan, recreating()).orThrow();
        AccessDiff.PrincipalAccess identity = diff.principals().stream()
                .filter(d -> d.principal().id().equals(oldPrincipal))
                .findFirst()
                .orElseThrow();
        assertThat(identity.counterpart())
                .isEqualTo(p.resources().byId(ID_WEB).orElseThrow().identity().principalId());
        assertThat(identity.access()).singleElement().satisfies(a -> {
            assertThat(a.regained()).isEqualTo(AccessDiff.Regained.MAPPED);
            assertThat(a.liveAssignment()).isEqualTo(ID_ASSIGNMENT);
        });
    }

    @Test
    void aMachineThatNoLongerCarriesItIsAttachedAgain_theDryRunSaysSoAndWritesNothing() {
        MovePlan plan = plannedWithIdentity();
        move();
        Resource vm = p.resources().byId(VM_WEB).orElseThrow();
        p.resources().update(vm.withUserAssignedIdentities(List.of()));
        WorldSnapshot before = WorldSnapshot.of(p);

        RestoreReport dry =
                restore.restore(kelleyInContoso(), plan, recreating(), true).orThrow();

        assertThat(WorldSnapshot.of(p)).isEqualTo(before);
        assertThat(item(dry, Kind.USER_ASSIGNED_IDENTITY, ID_WEB.toString()).status())
                .isEqualTo(Status.RESTORED);
        assertThat(item(dry, Kind.IDENTITY_ATTACHMENT, VM_WEB.toString()).status())
                .isEqualTo(Status.RESTORED);
        assertThat(item(dry, Kind.ROLE_ASSIGNMENT, ID_ASSIGNMENT.toString()).status())
                .isEqualTo(Status.RESTORED);

        RestoreReport real =
                restore.restore(kelleyInContoso(), plan, recreating(), false).orThrow();
        assertThat(dry.items())
                .extracting(Item::status)
                .isEqualTo(real.items().stream().map(Item::status).toList());
        assertThat(p.resources().byId(VM_WEB).orElseThrow().userAssignedIdentities())
                .containsExactly(ID_WEB);
    }

    @Test
    void notAskedFor_theIdentityIsSkippedAndLeftInTheOldDirectory() {
        MovePlan plan = plannedWithIdentity();
        move();

        RestoreReport report =
                restore.restore(kelleyInContoso(), plan, mapping(), false).orThrow();

        assertThat(item(report, Kind.USER_ASSIGNED_IDENTITY, ID_WEB.toString()).status())
                .isEqualTo(Status.SKIPPED);
        assertThat(item(report, Kind.ROLE_ASSIGNMENT, ID_ASSIGNMENT.toString()).status())
                .isEqualTo(Status.SKIPPED);
        assertThat(p.resources().byId(ID_WEB).orElseThrow().identity().principalId())
                .isEqualTo(oldPrincipal);
    }

    @Test
    void AuthorizationFailed_aUserAccessAdministratorRestoresAccessButMayNotReCreateTheIdentity() {
        MovePlan plan = plannedWithIdentity();
        move();
        uses.access()
                .createRoleAssignment()
                .create(
                        kelleyInContoso(),
                        new CreateRoleAssignment.Request(
                                new RoleAssignmentId(UUID.randomUUID()),
                                Scope.subscription(SUBSCRIPTION),
                                BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id(),
                                Worlds.MEGAN_BOWEN))
                .orThrow();

        RestoreReport report =
                restore.restore(w.world().megan(), plan, recreating(), false).orThrow();

        Item identity = item(report, Kind.USER_ASSIGNED_IDENTITY, ID_WEB.toString());
        assertThat(identity.status()).isEqualTo(Status.REFUSED);
        assertThat(identity.code()).isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(p.resources().byId(ID_WEB).orElseThrow().identity().principalId())
                .isEqualTo(oldPrincipal);
        assertThat(item(report, Kind.ROLE_ASSIGNMENT, ID_ASSIGNMENT.toString()).status())
                .isEqualTo(Status.SKIPPED);
        assertThat(item(report, Kind.ROLE_ASSIGNMENT, GROUP_ASSIGNMENT.toString())
                        .status())
                .isEqualTo(Status.RESTORED);
    }

    @Test
    void PrincipalNotInPlan_recreatingWhatIsNoUserAssignedIdentityOfThePlan() {
        MovePlan plan = plannedWithIdentity();
        move();
        MoveMapping m = mapping();
        var systemAssigned = new MoveMapping(m.targets(), Set.of(), Set.of(Worlds.VM_WEB_IDENTITY), Map.of());

        assertRefused(
                () -> restore.restore(kelleyInContoso(), plan, systemAssigned, false), RuleCode.PrincipalNotInPlan);
    }
}
