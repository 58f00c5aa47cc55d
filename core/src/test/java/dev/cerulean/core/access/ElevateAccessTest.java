package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.DirectoryRole;
import org.junit.jupiter.api.Test;

class ElevateAccessTest {
    final AccessFixture f = new AccessFixture();
    final ElevateAccess elevate = f.elevate();

    void assertRefused(Caller caller) {
        AccessFixture.Snapshot before = f.snapshot();
        assertThat(elevate.elevate(caller).code()).isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void R29_globalAdministratorBecomesUserAccessAdministratorAtTheRoot() {
        RoleAssignment a = elevate.elevate(f.world.contosoGlobalAdministrator()).orThrow();
        assertThat(a.scope()).isEqualTo(Scope.ROOT);
        assertThat(a.directory()).isEqualTo(CONTOSO);
        assertThat(a.roleDefinition()).isEqualTo(BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id());
        assertThat(a.principalId())
                .isEqualTo(f.world.contosoGlobalAdministrator().principal());
        assertThat(f.p.roleAssignments().atRoot(CONTOSO)).containsExactly(a);
        ActivityLogEntry entry = f.p.activityLog().ofDirectory(CONTOSO).get(0);
        assertThat(entry.operation()).isEqualTo("Microsoft.Authorization/elevateAccess/action");
    }

    @Test
    void R29_elevatedGlobalAdministratorMayGrantItselfAccessToASubscriptionOfItsDirectory() {
        f.p.directoryRoles().assign(DEFAULT_DIRECTORY, DirectoryRole.GlobalAdministrator, SAM_READER);
        Caller sam = f.world.samReader();
        Scope sub = Scope.subscription(SUBSCRIPTION);
        assertThat(f.authorize
                        .decide(sam, "Microsoft.Compute/virtualMachines/write", sub)
                        .allowed())
                .isFalse();

        elevate.elevate(sam).orThrow();
        f.createAssignment()
                .create(
                        sam,
                        new CreateRoleAssignment.Request(
                                RoleAssignmentId.of("0a000000-0000-4000-8000-000000000100"),
                                sub,
                                BuiltInRoles.OWNER.id(),
                                SAM_READER))
                .orThrow();
        assertThat(f.authorize
                        .decide(sam, "Microsoft.Compute/virtualMachines/write", sub)
                        .allowed())
                .isTrue();
    }

    @Test
    void R29_anElevatedGlobalAdministratorSeesEverySubscriptionOfItsDirectory() {
        f.p.directoryRoles().assign(DEFAULT_DIRECTORY, DirectoryRole.GlobalAdministrator, SAM_READER);
        f.p.roleAssignments().remove(dev.cerulean.core.fixtures.Worlds.SAM_READER_ASSIGNMENT);
        Caller sam = f.world.samReader();
        assertThat(f.subscriptionsWithAnyRole().page(sam, 0, 50).subscriptions())
                .isEmpty();

        elevate.elevate(sam).orThrow();

        assertThat(f.subscriptionsWithAnyRole().page(sam, 0, 50).subscriptions())
                .extracting(s -> s.subscription().id())
                .containsExactly(SUBSCRIPTION);
    }

    @Test
    void R29_elevatingTwiceAnswersTheSameAssignment() {
        RoleAssignment first =
                elevate.elevate(f.world.contosoGlobalAdministrator()).orThrow();
        AccessFixture.Snapshot before = f.snapshot();
        assertThat(elevate.elevate(f.world.contosoGlobalAdministrator()).orThrow())
                .isEqualTo(first);
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void R29_elevatedAccessCanBeRemovedByItsHolder() {
        RoleAssignmentId id =
                elevate.elevate(f.world.contosoGlobalAdministrator()).orThrow().id();
        assertThat(f.deleteAssignment()
                        .delete(f.world.contosoGlobalAdministrator(), Scope.ROOT, id)
                        .isOk())
                .isTrue();
        assertThat(f.p.roleAssignments().atRoot(CONTOSO)).isEmpty();
    }

    @Test
    void R29_notGlobalAdministrator_userWithoutTheRole() {
        assertRefused(f.world.megan());
        assertRefused(f.world.samReader());
    }

    @Test
    void R29_notGlobalAdministrator_globalAdministratorOfAnotherDirectoryThanTheOneSignedInThrough() {
        // Kelley's MSA is Global Administrator of the Default Directory, not of Contoso
        Caller kelleyInContoso = new Caller(
                f.world.kelleyMsaInDefault().identity(),
                CONTOSO,
                null,
                f.world.kelleyMsaInDefault().email());
        assertRefused(kelleyInContoso);
    }

    @Test
    void R29_notGlobalAdministrator_applications() {
        f.p.directoryRoles()
                .assign(
                        DEFAULT_DIRECTORY,
                        DirectoryRole.GlobalAdministrator,
                        f.world.demoAutomation().principal());
        assertRefused(f.world.demoAutomation());
    }

    @Test
    void R29_classicAdministratorsAreNotElevatedForBeingClassicAdministrators() {
        assertRefused(f.world.alexMsaInDefault());
    }
}
