package dev.cerulean.core.access;

import static dev.cerulean.core.access.CreateRoleAssignmentTest.NEW_ID;
import static dev.cerulean.core.access.CreateRoleAssignmentTest.RG_WEB;
import static dev.cerulean.core.fixtures.Worlds.ALEX_IN_DEFAULT;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import org.junit.jupiter.api.Test;

/** A role assignment keeps the description its assigner gave, within ARM's length limit. */
class RoleAssignmentDescriptionTest {
    final AccessFixture f = new AccessFixture();
    final CreateRoleAssignment create = f.createAssignment();

    Outcome<CreateRoleAssignment.Result> assign(String description) {
        return create.create(
                f.world.kelleyMsaInDefault(),
                new CreateRoleAssignment.Request(
                        NEW_ID, RG_WEB, BuiltInRoles.READER.id(), ALEX_IN_DEFAULT, description));
    }

    @Test
    void theDescriptionIsStoredWithTheAssignment() {
        RoleAssignment a = assign("Alex reads the web app's resources for the audit")
                .orThrow()
                .assignment();

        assertThat(a.description()).isEqualTo("Alex reads the web app's resources for the audit");
        assertThat(f.p.roleAssignments().byId(NEW_ID)).contains(a);
    }

    @Test
    void anAssignmentWithoutDescriptionHasNone() {
        assertThat(assign(null).orThrow().assignment().description()).isNull();
    }

    @Test
    void aDescriptionOfExactlyTheLimitIsKept() {
        String longest = "d".repeat(RoleAssignment.DESCRIPTION_LIMIT);

        assertThat(assign(longest).orThrow().assignment().description()).isEqualTo(longest);
    }

    @Test
    void RoleAssignmentDescriptionTooLong_isRefusedAndNothingChanges() {
        AccessFixture.Snapshot before = f.snapshot();

        Outcome<CreateRoleAssignment.Result> outcome = assign("d".repeat(RoleAssignment.DESCRIPTION_LIMIT + 1));

        assertThat(outcome.code()).isEqualTo(RuleCode.RoleAssignmentDescriptionTooLong);
        assertThat(((Outcome.Rejected<?>) outcome).args()).containsExactly("2049", "2048");
        assertThat(f.snapshot()).isEqualTo(before);
        assertThat(f.p.roleAssignments().byId(NEW_ID)).isEmpty();
    }

    @Test
    void RoleAssignmentDescriptionTooLong_onAnExistingAssignmentKeepsItsDescription() {
        assign("first").orThrow();
        AccessFixture.Snapshot before = f.snapshot();

        Outcome<CreateRoleAssignment.Result> outcome = assign("d".repeat(RoleAssignment.DESCRIPTION_LIMIT + 1));

        assertThat(outcome.code()).isEqualTo(RuleCode.RoleAssignmentDescriptionTooLong);
        assertThat(f.snapshot()).isEqualTo(before);
        assertThat(f.p.roleAssignments().byId(NEW_ID).orElseThrow().description())
                .isEqualTo("first");
    }

    @Test
    void puttingTheSameAssignmentWithAnotherDescriptionReplacesItLogsItAndMovesTheVersion() {
        RoleAssignment first = assign("first").orThrow().assignment();
        long version = f.version();
        int logged = f.p.activityLog().ofSubscription(SUBSCRIPTION).size();

        CreateRoleAssignment.Result again = assign("second").orThrow();

        assertThat(again.created()).isFalse();
        assertThat(again.assignment()).isEqualTo(first.withDescription("second"));
        assertThat(f.p.roleAssignments().byId(NEW_ID)).contains(first.withDescription("second"));
        assertThat(f.p.roleAssignments().of(SUBSCRIPTION))
                .filteredOn(a -> a.id().equals(NEW_ID))
                .hasSize(1);
        assertThat(f.version()).isEqualTo(version + 1);
        assertThat(f.p.activityLog().ofSubscription(SUBSCRIPTION))
                .hasSize(logged + 1)
                .filteredOn(e -> e.message().equals("Description of role assignment " + NEW_ID + " changed"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.operation()).isEqualTo(CreateRoleAssignment.ACTION);
                    assertThat(e.status()).isEqualTo(ActivityLogEntry.Status.Succeeded);
                });
    }

    @Test
    void puttingTheSameAssignmentWithoutDescriptionClearsIt() {
        assign("first").orThrow();

        assertThat(assign(null).orThrow().assignment().description()).isNull();
        assertThat(f.p.roleAssignments().byId(NEW_ID).orElseThrow().description())
                .isNull();
    }

    @Test
    void puttingTheSameAssignmentWithTheSameDescriptionChangesNothing() {
        assign("first").orThrow();
        AccessFixture.Snapshot before = f.snapshot();

        CreateRoleAssignment.Result again = assign("first").orThrow();

        assertThat(again.created()).isFalse();
        assertThat(f.snapshot()).isEqualTo(before);
    }
}
