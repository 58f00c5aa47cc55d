package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.AUTOMATION_ASSIGNMENT;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER_ASSIGNMENT;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import org.junit.jupiter.api.Test;

class DeleteRoleAssignmentTest {
    static final Scope RG_WEB = Scope.resourceGroup(SUBSCRIPTION, "rg-web");

    final AccessFixture f = new AccessFixture();
    final DeleteRoleAssignment delete = f.deleteAssignment();

    void assertRefused(Caller caller, Scope scope, RoleAssignmentId id, RuleCode code) {
        AccessFixture.Snapshot before = f.snapshot();
        assertThat(delete.delete(caller, scope, id).code()).isEqualTo(code);
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void R27_serviceAdministratorDeletesAnAssignmentWhichIsLoggedAndMovesTheVersion() {
        long version = f.version();
        Outcome<RoleAssignment> outcome = delete.delete(f.world.kelleyMsaInDefault(), RG_WEB, SAM_READER_ASSIGNMENT);
        assertThat(outcome.orThrow().id()).isEqualTo(SAM_READER_ASSIGNMENT);
        assertThat(f.p.roleAssignments().byId(SAM_READER_ASSIGNMENT)).isEmpty();
        assertThat(f.version()).isEqualTo(version + 1);
        ActivityLogEntry entry = f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0);
        assertThat(entry.operation()).isEqualTo("Microsoft.Authorization/roleAssignments/delete");
        assertThat(entry.target()).endsWith("/roleAssignments/" + SAM_READER_ASSIGNMENT);
        assertThat(f.authorize.decide(f.world.samReader(), "*/read", RG_WEB).allowed())
                .isFalse();
    }

    @Test
    void deletesByIdAloneToo() {
        assertThat(delete.delete(f.world.alexMsaInDefault(), null, AUTOMATION_ASSIGNMENT)
                        .isOk())
                .isTrue();
    }

    @Test
    void unknownAssignmentIsNotFound() {
        assertRefused(
                f.world.kelleyMsaInDefault(),
                null,
                RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000ee"),
                RuleCode.RoleAssignmentNotFound);
    }

    @Test
    void assignmentAtAnotherScopeThanTheRequestsIsNotFound() {
        assertRefused(
                f.world.kelleyMsaInDefault(),
                Scope.subscription(SUBSCRIPTION),
                SAM_READER_ASSIGNMENT,
                RuleCode.RoleAssignmentNotFound);
    }

    @Test
    void readerMayNotDeleteEvenItsOwnAssignment() {
        assertRefused(f.world.samReader(), RG_WEB, SAM_READER_ASSIGNMENT, RuleCode.AuthorizationFailed);
    }

    @Test
    void contributorMayNotDeleteAssignments() {
        assertRefused(f.world.demoAutomation(), null, AUTOMATION_ASSIGNMENT, RuleCode.AuthorizationFailed);
    }

    @Test
    void callerOfAnotherDirectoryMayNotDelete() {
        assertRefused(f.world.contosoGlobalAdministrator(), null, SAM_READER_ASSIGNMENT, RuleCode.AuthorizationFailed);
    }
}
